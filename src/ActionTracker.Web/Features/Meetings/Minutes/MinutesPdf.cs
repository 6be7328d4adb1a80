namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>
/// The minutes as an A4 PDF drawn by PDFsharp from the same <see cref="MinutesDocument"/> as the page and the Word file
/// (decision 0021): the draft mark under the title and at the head of every page while unpublished, page numbers, real text.
/// </summary>
public static class MinutesPdf
{
    public const string ContentType = "application/pdf";

    public static byte[] Write(MinutesDocument minutes)
    {
        using var pdf = new PdfPager(minutes.Title, minutes.Standing.IsDraft ? MinutesDocument.DraftMark.ToUpperInvariant() : null);
        var body = PdfPager.Font(10.5);
        var bold = PdfPager.Font(10.5, bold: true);
        var h1 = PdfPager.Font(14, bold: true);
        var h2 = PdfPager.Font(12, bold: true);

        pdf.Text(minutes.Title, PdfPager.Font(18, bold: true), spaceAfter: 4);
        if (minutes.Standing.IsDraft)
        {
            pdf.Text(MinutesDocument.DraftMark.ToUpperInvariant(), PdfPager.Font(12, bold: true), brush: PdfSharp.Drawing.XBrushes.DarkRed);
        }

        pdf.Text(minutes.Kind, body);
        pdf.Table([0.2, 0.8], null, [["Date", minutes.Date], ["Chair", minutes.Chair], ["Minutes", minutes.MinuteTaker], ["Venue", minutes.Venue]], body, bold);
        foreach (var line in new[] { minutes.Standing.Approved, minutes.Standing.Published }.OfType<string>())
        {
            pdf.Text(line, body);
        }

        pdf.Text("Attendance", h1, spaceBefore: 8, keepWith: 40);
        pdf.Table([0.4, 0.6], ["Name", "Capacity"], [.. minutes.Present.Select(a => new[] { a.Name, a.Capacity })], body, bold);
        if (minutes.Apologies.Count > 0)
        {
            pdf.Text("Apologies", h2, keepWith: 14);
            foreach (var apology in minutes.Apologies)
            {
                pdf.Text($"• {apology.Name}, {apology.Capacity}", body, indent: 10, spaceAfter: 2);
            }
        }

        pdf.Text("Items", h1, spaceBefore: 8, keepWith: 40);
        foreach (var item in minutes.Items)
        {
            pdf.Text(item.Heading + (item.IsConfidential && !item.IsWithheld ? " (confidential)" : ""), h2, spaceBefore: 4, keepWith: 14);
            if (item.Question is { } question)
            {
                pdf.Text($"Question: {question}", body);
            }

            foreach (var block in item.Notes)
            {
                if (block.IsList)
                {
                    block.Lines.ToList().ForEach(line => pdf.Text($"• {line}", body, indent: 10, spaceAfter: 2));
                }
                else
                {
                    pdf.Text(block.Text, body);
                }
            }

            item.Actions.ToList().ForEach(a => pdf.Text($"Action {a.Number}: {a.Owners} — {a.Description}", bold));
        }

        pdf.Text("Summary of actions arising", h1, spaceBefore: 8, keepWith: 40);
        if (minutes.Actions.Count == 0)
        {
            pdf.Text("No actions arose.", body);
        }
        else
        {
            pdf.Table([0.07, 0.45, 0.2, 0.14, 0.14], ["No.", "Action", "Owner", "Due", "Status"],
                [.. minutes.Actions.Select(a => new[] { $"{a.Number}", a.Description, a.Owners, a.Due, a.Status })], body, bold);
        }

        if (minutes.Verdict is { } verdict)
        {
            pdf.Text("Assurance verdict", h1, spaceBefore: 8, keepWith: 14);
            pdf.Text(verdict, body);
        }

        if (minutes.Amendments.Count > 0)
        {
            pdf.Text("Amendments after approval", h1, spaceBefore: 8, keepWith: 14);
            minutes.Amendments.ToList().ForEach(a => pdf.Text($"• {MinutesText.Amendment(a)}", body, indent: 10));
        }

        pdf.Text("Confirmation of next meeting", h1, spaceBefore: 8, keepWith: 14);
        pdf.Text(minutes.NextMeeting, body);
        return pdf.Finish();
    }
}
