using ActionTracker.Web.Infrastructure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordRun = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>
/// The minutes as a Word document a secretariat can edit: the built-in Title and Heading styles (so Word's navigation pane
/// and tables of contents see them), attendance and actions as real tables with a repeating header row, and, while the
/// minutes are not published, the draft mark under the title and in every page's header. Text goes in as text runs only.
/// </summary>
public static class MinutesWord
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(MinutesDocument minutes)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
            var body = new Body();
            main.Document = new Document(body);
            document.PackageProperties.Title = minutes.Title;
            document.PackageProperties.Subject = "Minutes";
            Fill(body, minutes);
            body.Append(PageSetup(main, minutes));
        }

        return stream.ToArray();
    }

    private static void Fill(Body body, MinutesDocument minutes)
    {
        body.Append(Paragraph(minutes.Title, WordStyles.Title));
        if (minutes.Standing.IsDraft)
        {
            body.Append(Paragraph(MinutesDocument.DraftMark.ToUpperInvariant(), WordStyles.DraftMark));
        }

        body.Append(Paragraph(minutes.Kind, WordStyles.Subtitle));
        body.Append(Table(["", ""], [["Date", minutes.Date], ["Chair", minutes.Chair], ["Minutes", minutes.MinuteTaker], ["Venue", minutes.Venue]], header: false));
        foreach (var line in new[] { minutes.Standing.Approved, minutes.Standing.Published }.OfType<string>())
        {
            body.Append(Paragraph(line));
        }

        body.Append(Paragraph("Attendance", WordStyles.Heading1));
        body.Append(Table(["Name", "Capacity"], [.. minutes.Present.Select(a => new[] { a.Name, a.Capacity })]));
        if (minutes.Apologies.Count > 0)
        {
            body.Append(Paragraph("Apologies", WordStyles.Heading2));
            body.Append(minutes.Apologies.Select(a => Bullet($"{a.Name}, {a.Capacity}")));
        }

        body.Append(Paragraph("Items", WordStyles.Heading1));
        foreach (var item in minutes.Items)
        {
            body.Append(Paragraph(item.Heading + (item.IsConfidential && !item.IsWithheld ? " (confidential)" : ""), WordStyles.Heading2));
            if (item.Question is { } question)
            {
                body.Append(new Paragraph(TextRun("Question: ", bold: true), TextRun(question)));
            }

            foreach (var block in item.Notes)
            {
                body.Append(block.IsList ? block.Lines.Select(Bullet) : [Paragraph(block.Text)]);
            }

            body.Append(item.Actions.Select(a => new Paragraph(TextRun($"Action {a.Number}: ", bold: true), TextRun($"{a.Owners} — {a.Description}"))));
        }

        body.Append(Paragraph("Summary of actions arising", WordStyles.Heading1));
        body.Append(minutes.Actions.Count == 0 ? Paragraph("No actions arose.")
            : Table(["No.", "Action", "Owner", "Due", "Status"], [.. minutes.Actions.Select(a => new[] { $"{a.Number}", a.Description, a.Owners, a.Due, a.Status })]));
        if (minutes.Verdict is { } verdict)
        {
            body.Append(Paragraph("Assurance verdict", WordStyles.Heading1), Paragraph(verdict));
        }

        if (minutes.Amendments.Count > 0)
        {
            body.Append(Paragraph("Amendments after approval", WordStyles.Heading1));
            body.Append(minutes.Amendments.Select(a => Bullet(MinutesText.Amendment(a))));
        }

        body.Append(Paragraph("Confirmation of next meeting", WordStyles.Heading1), Paragraph(minutes.NextMeeting));
    }

    private static SectionProperties PageSetup(MainDocumentPart main, MinutesDocument minutes)
    {
        // A4 in twentieths of a point, with 2 cm margins.
        var section = new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567 });
        if (minutes.Standing.IsDraft)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph(MinutesDocument.DraftMark.ToUpperInvariant(), WordStyles.DraftMark));
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        }

        return section;
    }

    private static Table Table(string[] headers, IReadOnlyList<string[]> rows, bool header = true)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.Table },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        if (header)
        {
            table.Append(new TableRow([new TableRowProperties(new TableHeader()), .. headers.Select(h => Cell(h, bold: true))]));
        }

        table.Append(rows.Select(cells => new TableRow(cells.Select((text, i) => Cell(text, bold: !header && i == 0)))));
        return table;
    }

    private static TableCell Cell(string text, bool bold) => new(new Paragraph(TextRun(text, bold)));

    private static Paragraph Paragraph(string text, string? style = null) =>
        style is null ? new Paragraph(TextRun(text)) : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    // A bullet character rather than a numbering definition: a secretariat re-applying a list keeps the text either way.
    private static Paragraph Bullet(string text) => Paragraph("• " + text, WordStyles.ListBullet);

    private static WordRun TextRun(string text, bool bold = false)
    {
        var run = new WordRun(new Text(XmlText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return run;
    }
}
