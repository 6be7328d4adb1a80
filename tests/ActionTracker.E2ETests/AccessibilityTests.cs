using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

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
        { "/meetings/import", DemoAccounts.Secretariat },
        { "/meetings/2", DemoAccounts.Chair },
        { "/meetings/12/edit", DemoAccounts.Secretariat },
        { "/actions", DemoAccounts.Secretariat },
        { "/actions/1", DemoAccounts.Secretariat },
        { "/actions/20", DemoAccounts.ChiefOfficer },
        { "/actions/25", DemoAccounts.Secretariat },
        { "/meetings/13", DemoAccounts.Secretariat },
        { "/my-actions", DemoAccounts.ChiefOfficer },
        { "/notifications", DemoAccounts.ChiefOfficer },
        { "/notifications/settings", DemoAccounts.Secretariat },
        { "/admin/users", DemoAccounts.Administrator },
        { "/settings", DemoAccounts.Secretariat },
        { "/account/password", DemoAccounts.Viewer },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InLightAndDarkMode_HasNoSeriousOrCriticalAxeViolations_AndNothingBlockedByTheContentSecurityPolicy(string path, string? account)
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
        await WaitUntilLoadedAsync(page, path);
        await AxeScan.AssertNoSeriousViolationsAsync(page);

        // Dark mode is kept with the account: switched on in the database for one reload, then off again for the other tests.
        if (account is not null)
        {
            await SetDarkModeAsync(account, dark: true);
            try
            {
                await page.ReloadAsync();
                await WaitUntilLoadedAsync(page, path);
                await Expect(page.Locator("button[aria-label='Dark mode']")).ToHaveAttributeAsync("aria-pressed", "true");
                await AxeScan.AssertNoSeriousViolationsAsync(page);
            }
            finally
            {
                await SetDarkModeAsync(account, dark: false);
            }
        }

        Assert.Empty(blockedByPolicy);
    }

    // The account pages are plain server-rendered forms; every other page is scanned once interactive and loaded.
    private static async Task WaitUntilLoadedAsync(IPage page, string path)
    {
        await page.Locator(path.StartsWith("/account", StringComparison.Ordinal) ? "main" : "main[data-interactive='true']").WaitForAsync();
        await page.Locator("main h1").First.WaitForAsync();
    }

    private async Task SetDarkModeAsync(string account, bool dark)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var email = account.ToUpperInvariant();
        await db.Users.Where(u => u.NormalizedEmail == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.PrefersDarkMode, dark));
    }
}
