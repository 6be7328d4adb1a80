using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>
/// The public record, signed out: static pages that work without JavaScript, withhold the demo's confidential item (item 3
/// of the sample "Serious violence" meeting, 9) everywhere, answer 404 for minutes not published, and pass axe.
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class PublicRecordTests(AppServer app)
{
    private const string SeriousViolence = "/public/meetings/9";
    private const string Confidential = "hot-spot";

    [Fact]
    public async Task SignedOut_WithoutJavaScript_SearchesReadsMinutesAndActionLog_ConfidentialItemWithheld()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, JavaScriptEnabled = false, Locale = "en-GB" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/public");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Published minutes", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sample – Serious violence" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sample – Violence against women and girls" })).ToHaveCountAsync(0);
        await page.GetByLabel("Search the minutes").FillAsync("Serious Violence Duty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator(".search-summary")).ToContainTextAsync("matching “Serious Violence Duty”");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sample – Serious violence" })).ToBeVisibleAsync();
        await page.GetByLabel("Search the minutes").FillAsync("night-time economy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator(".search-summary")).ToContainTextAsync("0 meetings");

        var minutes = await page.GotoAsync(SeriousViolence);
        Assert.Equal(200, minutes!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sample – Serious violence", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("table.attendance-table")).ToContainTextAsync("Richard Cooper");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Item 3 — withheld (confidential)" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync(Confidential);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Draft");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("@");

        await page.GetByRole(AriaRole.Link, new() { Name = "Action log" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Action log", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("table.public-actions")).ToContainTextAsync("Serious Violence Duty strategic needs assessment");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(Confidential);

        var download = await page.APIRequest.GetAsync($"{SeriousViolence}/minutes.pdf");
        Assert.Equal(("application/pdf", 200), (download.Headers["content-type"], download.Status));
    }

    [Theory]
    [InlineData("/public/meetings/11")] // approved, not yet published
    [InlineData("/public/meetings/12")] // draft
    [InlineData("/public/meetings/12/minutes.pdf")]
    [InlineData("/public/meetings/12/minutes.docx")]
    [InlineData("/public/meetings/9999")]
    public async Task SignedOut_MinutesNotPublished_404(string path)
    {
        var page = await app.NewPageAsync(account: null);

        var response = await page.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });

        Assert.Equal(404, response.Status);
    }

    [Theory]
    [InlineData("/public")]
    [InlineData(SeriousViolence)]
    [InlineData("/public/actions")]
    public async Task SignedOut_PublicPage_NoSeriousAxeViolations_AndNoCircuit(string path)
    {
        var page = await app.NewPageAsync(account: null);
        var sockets = 0;
        page.WebSocket += (_, _) => sockets++;

        await page.GotoAsync(path);
        await Expect(page.Locator("main[data-interactive='false'] h1")).ToBeVisibleAsync();

        await AxeScan.AssertNoSeriousViolationsAsync(page);
        Assert.Equal(0, sockets);
    }

    [Fact]
    public async Task Secretariat_ApprovesAndPublishesHeldMinutes_ThenThePublicReadThem()
    {
        // Meeting 7 (A&A Q3 Performance) is held, with minutes no other test touches.
        var page = await app.OpenAsync("/meetings/7");
        await Expect(page.Locator(".minutes .draft-mark")).ToContainTextAsync("Draft — subject to approval");
        var panel = page.Locator("section.minutes-panel");
        await panel.GetByLabel("Agreed as a true record at").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Approve the minutes" }).ClickAsync();
        await Expect(panel).ToContainTextAsync("approved as a true record, not yet published");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit meeting details" })).ToHaveCountAsync(0);

        await panel.GetByLabel("Correction", new() { Exact = true }).FillAsync("For 'Q3' read 'Q2'.");
        await panel.GetByLabel("Reason for the correction").FillAsync("The report covered the second quarter.");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record amendment" }).ClickAsync();
        await Expect(panel.Locator(".minutes-amendments")).ToContainTextAsync("The report covered the second quarter.");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Publish the minutes" }).ClickAsync();
        await Expect(panel).ToContainTextAsync("Stage: published");
        await Expect(page.Locator(".minutes .draft-mark")).ToHaveCountAsync(0);

        var visitor = await app.NewPageAsync(account: null);
        await visitor.GotoAsync("/public/meetings/7");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("A&A Q3 Performance");
        await Expect(visitor.Locator(".minutes-amendments")).ToContainTextAsync("For 'Q3' read 'Q2'.");
    }
}
