using System.Globalization;
using Microsoft.Playwright;

namespace ActionTracker.LiveBench;

public static class BenchSignIn
{
    // Signs in once through the sign-in page: the watching contexts reuse one account's cookies, the writer sends another's.
    public static async Task<(string State, string CookieHeader, int ItemId)> SignInAsync(IBrowser browser, string baseUrl, int meetingId, string email)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        // A server just started on a busy machine can take more than Playwright's default 30 s to answer its first pages.
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("demo-password-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        await page.GotoAsync($"/meetings/{meetingId}/run");
        var itemId = await page.Locator("nav.run-agenda a[aria-current='true']").GetAttributeAsync("data-item-id")
            ?? throw new InvalidOperationException($"Meeting {meetingId} has no agenda item to edit.");
        var cookies = await context.CookiesAsync();
        return (await context.StorageStateAsync(), string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")),
            int.Parse(itemId, CultureInfo.InvariantCulture));
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();
}
