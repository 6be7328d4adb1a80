using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>
/// Importing a past meeting's minutes as the secretariat: from the Meetings page, paste one of the real minutes (the seed the
/// unit tests read), check what the review found, and confirm it into a draft meeting. Adds one past meeting (February 2021)
/// and the next one its minutes give (23 March 2021, scheduled).
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class ImportTests(AppServer app)
{
    private static readonly string February2021 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "001_cd8630122061f2b9.txt"));

    [Fact]
    public async Task PastedMinutes_ReviewShowsDateChairAndActions_FitsAPhone_AndConfirmCreatesTheDraftMeeting()
    {
        var page = await app.OpenAsync("/meetings");
        try
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Import past minutes" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import past minutes", Level = 1 })).ToBeVisibleAsync();
            await page.Locator("main[data-interactive='true']").WaitForAsync();

            await page.GetByLabel("Minutes text").FillAsync(February2021);
            await page.GetByRole(AriaRole.Button, new() { Name = "Read pasted minutes" }).ClickAsync();

            await Expect(page.GetByLabel("Date", new() { Exact = true })).ToHaveValueAsync(new Regex(@"26.*(02|Feb).*2021"));
            await Expect(page.GetByLabel("Chair", new() { Exact = true })).ToHaveValueAsync("John Campion");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Actions arising (4)" })).ToBeVisibleAsync();
            await Expect(page.Locator("ol.import-actions > li")).ToHaveCountAsync(4);
            // The two matters brought forward from May 2020: no earlier meeting of the series is on the system, so both are flagged.
            await Expect(page.Locator(".import-brought-forward .import-warning")).ToHaveCountAsync(2);
            await Expect(page.Locator("section[aria-labelledby='import-next']")).ToContainTextAsync(
                new Regex(@"23 March 2021 at 10:30: will be scheduled in the series"));
            await AxeScan.AssertNoSeriousViolationsAsync(page);

            await page.SetViewportSizeAsync(390, 844);
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth");

            await page.GetByLabel("Series", new() { Exact = true }).FillAsync("Monthly Assurance Meeting");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create draft meeting" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(@"/meetings/\d+$"));
            await Expect(page.Locator("main h1")).ToContainTextAsync("Monthly Assurance Meeting February 2021");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
