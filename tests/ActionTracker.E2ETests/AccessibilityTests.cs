using ActionTracker.Web.Features.Account;

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

        await Axe.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(blockedByPolicy);
    }
}
