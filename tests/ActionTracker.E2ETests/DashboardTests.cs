using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>The dashboard on the demo data: each figure and bar leads to the tracker view of exactly the actions it counts, and it follows changes live.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed partial class DashboardTests(AppServer app)
{
    [Theory]
    [InlineData("open")]
    [InlineData("overdue")]
    [InlineData("due in the next 14 days")]
    [InlineData("awaiting sign-off")]
    [InlineData("closed this quarter")]
    public async Task HeadlineFigure_LeadsToTheTrackerShowingTheSameCount(string figure)
    {
        var page = await app.OpenAsync("/");

        await FollowAndCompareAsync(page, page.Locator($"a[data-figure='{figure}']"));
    }

    [Theory]
    [InlineData("overdue-by-owner", 1)]
    [InlineData("overdue-by-series", 1)]
    [InlineData("overdue-by-theme", 1)]
    [InlineData("overdue-ageing", 1)]
    [InlineData("raised-closed", 1)]
    [InlineData("raised-closed", 2)]
    public async Task TableFigureOfAChart_LeadsToTheTrackerShowingTheSameCount(string chart, int column)
    {
        var page = await app.OpenAsync("/");
        var table = page.Locator($"#{chart}-table");
        await table.Locator("summary").ClickAsync();
        var links = table.Locator($"tbody tr td:nth-of-type({column}) a");
        await Expect(links.First).ToBeVisibleAsync();

        // The figure most worth checking is one that counts something.
        var texts = await links.AllInnerTextsAsync();
        var index = Math.Max(0, texts.ToList().FindIndex(t => LeadingCount(t) > 0));
        await FollowAndCompareAsync(page, links.Nth(index));
    }

    [Fact]
    public async Task BarOfAChart_Clicked_OpensTheTrackerViewOfThatBar()
    {
        var page = await app.OpenAsync("/");
        var panel = page.Locator("section[aria-labelledby='overdue-by-owner']");
        var firstFigure = panel.Locator("tbody tr").First.Locator("a");
        var href = await firstFigure.GetAttributeAsync("href");
        var expected = LeadingCount(await firstFigure.TextContentAsync() ?? "");

        // The chart may lay itself out again once it has measured its width: click only once the bar has stayed put.
        // The svg carries the class mud-chart-bar too; the bars are its paths (the first is the first bar).
        var bar = panel.Locator(".dashboard-chart path.mud-chart-bar").First;
        await WaitUntilSettledAsync(bar);
        // A bar is a stroked line (its box has no width), so Playwright never counts it visible: click its middle anyway.
        await bar.ClickAsync(new() { Force = true });

        await page.WaitForURLAsync(url => url.EndsWith(href!, StringComparison.Ordinal));
        await Expect(page.Locator(".result-count")).ToHaveTextAsync(ResultCount(expected));
    }

    [Fact]
    public async Task ActionBecomingOverdueThenClosedInAnotherBrowser_MovesTheOverdueFigureLive()
    {
        var dashboard = await app.OpenAsync("/");
        var overdue = dashboard.Locator("a[data-figure='overdue'] .figure");
        var before = LeadingCount(await overdue.InnerTextAsync());

        // Raised at the February 2021 meeting, due that June: overdue from the moment it is saved.
        var secretariat = await app.OpenAsync("/meetings/1");
        var description = $"Dashboard live check {Guid.NewGuid():N}"[..36];
        var raise = secretariat.Locator("section[aria-labelledby='raise-action']");
        await raise.GetByLabel("Action", new() { Exact = true }).FillAsync(description);
        await raise.GetByLabel("Or a named body").FillAsync("Force and PCC leads");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Add body" }).ClickAsync();
        await raise.GetByLabel("Due date").FillAsync("2021-06-01");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
        await Expect(overdue).ToHaveTextAsync($"{before + 1}");

        await secretariat.Locator("table.actions-arising tbody tr").Filter(new() { HasText = description }).GetByRole(AriaRole.Link).ClickAsync();
        await secretariat.Locator("main[data-interactive='true']").WaitForAsync();
        await secretariat.Locator(".action-tasks").GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        var statusDialog = secretariat.GetByRole(AriaRole.Dialog);
        await statusDialog.GetByRole(AriaRole.Radio, new() { Name = "Closed" }).CheckAsync();
        await statusDialog.GetByLabel("Note (optional; required to cancel)").FillAsync("Done before the dashboard was looked at.");
        await statusDialog.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();

        // The dashboard was never reloaded: the change arrives over its own circuit.
        await Expect(overdue).ToHaveTextAsync($"{before}");
    }

    private static async Task FollowAndCompareAsync(IPage page, ILocator link)
    {
        var expected = LeadingCount(await link.InnerTextAsync());
        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/actions?", StringComparison.Ordinal));
        await Expect(page.Locator(".result-count")).ToHaveTextAsync(ResultCount(expected));
    }

    private static string ResultCount(int count) => $"{count} {(count == 1 ? "action" : "actions")} match this view.";

    private static int LeadingCount(string text) => int.Parse(LeadingNumber().Match(text).Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+")]
    private static partial Regex LeadingNumber();

    private static async Task WaitUntilSettledAsync(ILocator element)
    {
        var last = await element.BoundingBoxAsync();
        for (int settled = 0, tries = 0; settled < 3 && tries < 40; tries++)
        {
            await Task.Delay(250);
            var now = await element.BoundingBoxAsync();
            settled = now is not null && last is not null && now.X == last.X && now.Y == last.Y && now.Width == last.Width ? settled + 1 : 0;
            last = now;
        }
    }
}
