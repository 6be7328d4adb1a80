using System.Net;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

[Collection(AppServerCollectionDefinition.Name)]
public sealed class InfrastructureTests(AppServer app)
{
    [Fact]
    public async Task BlazorScript_IsServedAndPagesBecomeInteractive()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var script = await http.GetAsync("/_framework/blazor.web.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("javascript", script.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("Blazor", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An interactive search filters without a form post: only possible once the circuit is up.
        var page = await app.OpenAsync("/actions");
        await page.GetByLabel("Search actions").FillAsync("HMCTS");
        await Expect(page.Locator(".result-count")).ToContainTextAsync("1 of");
    }

    [Fact]
    public async Task DroppedConnection_IsShownToTheUser_AndSoIsItsRecovery()
    {
        var page = await app.OpenAsync("/meetings");
        var status = page.Locator("#components-reconnect-modal");

        await page.Context.SetOfflineAsync(true);
        await Expect(status.GetByText("Connection lost")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.Context.SetOfflineAsync(false);
        await Expect(status.GetByText("Connection restored")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(status.GetByText("Connection lost")).ToBeHiddenAsync();
    }
}
