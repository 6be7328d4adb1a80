using Deque.AxeCore.Commons;
using ActionTracker.Web.Features.Account;
using Deque.AxeCore.Playwright;

namespace ActionTracker.E2ETests;

[Collection(AppServerCollectionDefinition.Name)]
public sealed class AccessibilityTests(AppServer app)
{
    public static TheoryData<string, string?> Pages() => new()
    {
        { "/account/sign-in", null },
        { "/", DemoAccounts.Secretariat },
        { "/meetings", DemoAccounts.Secretariat },
        { "/meetings/new", DemoAccounts.Secretariat },
        { "/meetings/2", DemoAccounts.Chair },
        { "/meetings/2/edit", DemoAccounts.Secretariat },
        { "/actions", DemoAccounts.Secretariat },
        { "/actions/1", DemoAccounts.Secretariat },
        { "/actions/20", DemoAccounts.ChiefOfficer },
        { "/actions/25", DemoAccounts.Secretariat },
        { "/meetings/13", DemoAccounts.Secretariat },
        { "/my-actions", DemoAccounts.ChiefOfficer },
        { "/admin/users", DemoAccounts.Administrator },
        { "/account/password", DemoAccounts.Viewer },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoSeriousOrCriticalAxeViolations_AndNothingBlockedByTheContentSecurityPolicy(string path, string? account)
    {
        var page = await app.NewPageAsync(account);
        var blockedByPolicy = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blockedByPolicy.Add(message.Text);
            }
        };
        await page.GotoAsync(path);
        // The account pages are plain server-rendered forms; every other page is scanned once interactive and loaded.
        await page.Locator(path.StartsWith("/account", StringComparison.Ordinal) ? "main" : "main[data-interactive='true']").WaitForAsync();
        await page.Locator("main h1").First.WaitForAsync();

        await AssertNoSeriousViolationsAsync(page);
        Assert.Empty(blockedByPolicy);
    }

    /// <summary>Runs axe over the page as it is now: WCAG 2.2 AA and best practice, with no serious or critical violation.</summary>
    internal static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
    }
}
