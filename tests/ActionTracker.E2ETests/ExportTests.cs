using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>The tracker's "Download CSV" and "Download Excel" links hold exactly the view on screen.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed partial class ExportTests(AppServer app)
{
    // The demo's closed actions on the Victims theme: a few, all on the grid's first page, so every exported row is on screen.
    private const string View = "/actions?theme=Victims&status=Closed";

    private static readonly string[] Headers =
        ["Reference", "Description", "Owners", "Raised at (meeting)", "Item", "Due", "Status", "Last update", "Days overdue"];

    [Fact]
    public async Task DownloadCsv_FilteredView_HeaderThenExactlyTheRowsShown()
    {
        var page = await app.OpenAsync(View);
        var shown = await ShownReferencesAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());

        Assert.Matches(DatedFileName("csv"), download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var records = CsvRecords(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(string.Join(',', Headers), records[0]);
        Assert.Equal(shown.Count, records.Count - 1);
        Assert.Equal(shown, records.Skip(1).Select(record => record[..record.IndexOf(',', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task DownloadExcel_FilteredView_HeaderThenExactlyTheRowsShown()
    {
        var page = await app.OpenAsync(View);
        var shown = await ShownReferencesAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download Excel" }).ClickAsync());

        Assert.Matches(DatedFileName("xlsx"), download.SuggestedFilename);
        using var document = SpreadsheetDocument.Open(await download.PathAsync(), isEditable: false);
        var sheet = Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Actions", sheet.Name?.Value);
        var rows = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(cell => cell.InnerText).ToList()).ToList();
        Assert.Equal(Headers, rows[0]);
        Assert.Equal(shown.Count, rows.Count - 1);
        Assert.Equal(shown, rows.Skip(1).Select(row => row[0]));
    }

    [Fact]
    public async Task Export_SignedIn_AnAttachmentThatNoCacheKeeps()
    {
        var page = await app.NewPageAsync();

        var response = await page.Context.APIRequest.GetAsync($"{app.BaseUrl}/actions/export.csv?theme=Victims");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Matches("^attachment; filename=actions-\\d{4}-\\d{2}-\\d{2}\\.csv", response.Headers["content-disposition"]);
        // Antiforgery adds "no-cache" when the request happened to issue a token; "no-store" is what keeps it out of caches.
        Assert.Contains("no-store", response.Headers["cache-control"].Split(',', StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("/actions/export.csv")]
    [InlineData("/actions/export.xlsx?theme=Victims&status=Closed")]
    public async Task Export_WithoutSignIn_RedirectsToSignIn(string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };

        var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", new Uri(http.BaseAddress, response.Headers.Location!).AbsolutePath);
    }

    /// <summary>The references in the grid, having checked they are all the actions the count says the view holds.</summary>
    private static async Task<IReadOnlyList<string>> ShownReferencesAsync(IPage page)
    {
        var resultCount = page.Locator(".result-count");
        await Expect(resultCount).ToContainTextAsync("match this view");
        var count = int.Parse(LeadingNumber().Match(await resultCount.InnerTextAsync()).Value, CultureInfo.InvariantCulture);
        Assert.InRange(count, 2, 25);
        // The reference is the one link in a row to an action; the others go to meetings.
        var references = await page.Locator(".tracker-grid tbody tr a[href^='/actions/']").AllInnerTextsAsync();
        Assert.Equal(count, references.Count);
        return references;
    }

    /// <summary>Splits RFC 4180 text into its records: at CRLF, except inside a quoted field.</summary>
    private static List<string> CsvRecords(string csv)
    {
        var records = new List<string>();
        var (start, quoted) = (0, false);
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                records.Add(csv[start..i]);
                start = i + 2;
            }
        }

        return records;
    }

    private static Regex DatedFileName(string extension) => new($"^actions-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.{extension}$");

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
