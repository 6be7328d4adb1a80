using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Meetings.Minutes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace ActionTracker.Tests.Features.Meetings.Minutes;

/// <summary>The Word and PDF minutes, opened as files: what they say, what they withhold, and the draft mark.</summary>
public class MinutesFilesTests : MinutesTest
{
    private const string Markup = "<b>Not bold</b> & <script>alert(1)</script>";

    [Fact]
    public async Task Docx_PublishedForThePublic_HasTitleAttendanceAndActions_ButNothingOfTheConfidentialItem()
    {
        var text = WordText(MinutesWord.Write(await PublishedAsync(MinutesAudience.Public)), out var document);

        Assert.Contains("Holding to account 2024-12", text);
        Assert.Contains(TestData.ChairName, text);
        Assert.Contains(PublicNotes, text);
        Assert.Contains(PublicAction, text);
        Assert.Contains("Item 5b — withheld (confidential)", text);
        AssertNothingConfidential(text);
        Assert.DoesNotContain("DRAFT", text, StringComparison.OrdinalIgnoreCase);
        // Real Word headings and tables: attendance, and the summary of actions with a header row repeated on each page.
        var styles = document.MainDocumentPart!.Document!.Body!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).ToList();
        Assert.Contains(WordStyles.Heading1, styles);
        Assert.Contains(WordStyles.Title, styles);
        var tables = document.MainDocumentPart.Document.Body.Descendants<Table>().ToList();
        Assert.Contains(tables, t => t.InnerText.Contains("Capacity", StringComparison.Ordinal) && t.InnerText.Contains(TestData.ChairName, StringComparison.Ordinal));
        Assert.Contains(tables, t => t.Descendants<TableHeader>().Any() && t.InnerText.Contains(PublicAction, StringComparison.Ordinal));
        document.Dispose();
    }

    [Fact]
    public async Task Pdf_PublishedForThePublic_A4WithPageNumbers_HasTitleAttendanceAndActions_ButNothingOfTheConfidentialItem()
    {
        using var pdf = PdfDocument.Open(MinutesPdf.Write(await PublishedAsync(MinutesAudience.Public)));
        var text = PdfText(pdf);

        Assert.Contains(Squash("Holding to account 2024-12"), text);
        Assert.Contains(Squash(TestData.ChairName), text);
        Assert.Contains(Squash(PublicAction), text);
        Assert.Contains(Squash("Item 5b — withheld (confidential)"), text);
        Assert.Contains(Squash($"Page 1 of {pdf.NumberOfPages}"), text);
        Assert.DoesNotContain("DRAFT", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Squash(SecretTitle), text);
        Assert.DoesNotContain(Squash(SecretNotes), text);
        Assert.DoesNotContain(Squash(SecretAction), text);
        var page = pdf.GetPage(1);
        Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
    }

    [Fact]
    public async Task BothFormats_DraftForStaff_MarkedDraft_AndConfidentialItemShownMarked()
    {
        var minutes = (await Minutes().GetDocumentAsync(Seed.MeetingId, MinutesAudience.Staff))!;

        var word = WordText(MinutesWord.Write(minutes), out var document);
        using var pdf = PdfDocument.Open(MinutesPdf.Write(minutes));
        var pdfText = PdfText(pdf);

        Assert.Contains("DRAFT — SUBJECT TO APPROVAL", word);
        Assert.Contains("DRAFT — SUBJECT TO APPROVAL", string.Concat(document.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText)));
        Assert.Contains(Squash("DRAFT — SUBJECT TO APPROVAL"), pdfText);
        Assert.All(pdf.GetPages(), page => Assert.Contains(Squash("DRAFT — SUBJECT TO APPROVAL"), Squash(page.Text)));
        Assert.Contains($"5b {SecretTitle} (confidential)", word);
        Assert.Contains(SecretAction, word);
        Assert.Contains(Squash(SecretAction), pdfText);
        document.Dispose();
    }

    [Fact]
    public async Task BothFormats_NotesWithMarkup_WrittenAsText()
    {
        var item = Edits.Of(Seed.MeetingId, await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemOneId));
        item.Notes = Markup + "\u0001";
        await Meetings.SaveAgendaItemAsync(item);
        var minutes = (await Minutes().GetDocumentAsync(Seed.MeetingId, MinutesAudience.Staff))!;

        var word = WordText(MinutesWord.Write(minutes), out var document);
        using var pdf = PdfDocument.Open(MinutesPdf.Write(minutes));

        Assert.Contains(Markup, word);
        Assert.Contains(Squash(Markup), PdfText(pdf));
        document.Dispose();
    }

    [Fact]
    public async Task Pdf_LongMinutes_RunOverPages_EachNumbered()
    {
        for (var i = 0; i < 30; i++)
        {
            await RaiseAsync(a => a.Description = $"Action {i}: " + string.Concat(Enumerable.Repeat("provide the divisional breakdown of the figures. ", 6)));
        }

        using var pdf = PdfDocument.Open(MinutesPdf.Write((await Minutes().GetDocumentAsync(Seed.MeetingId, MinutesAudience.Staff))!));

        Assert.True(pdf.NumberOfPages > 2, $"{pdf.NumberOfPages} pages");
        Assert.All(pdf.GetPages(), page => Assert.Contains(Squash($"Page {page.Number} of {pdf.NumberOfPages}"), Squash(page.Text)));
        Assert.Contains(Squash("Action 29:"), PdfText(pdf));
    }

    private async Task<MinutesDocument> PublishedAsync(MinutesAudience audience)
    {
        await ApproveAsync();
        await PublishAsync();
        return (await Minutes().GetDocumentAsync(Seed.MeetingId, audience))!;
    }

    private static void AssertNothingConfidential(string text)
    {
        Assert.DoesNotContain(SecretTitle, text);
        Assert.DoesNotContain(SecretNotes, text);
        Assert.DoesNotContain(SecretAction, text);
    }

    private static string WordText(byte[] file, out WordprocessingDocument document)
    {
        document = WordprocessingDocument.Open(new MemoryStream(file), false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    // PdfPig reads letters in order but not always the spaces between them: compare without whitespace.
    private static string PdfText(PdfDocument pdf) => Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
