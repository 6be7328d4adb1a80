using ActionTracker.Web.Features.Account;
using System.Net;
using System.Text.RegularExpressions;
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

        // The filter form has no server post: it only works once the circuit is up.
        var page = await app.OpenAsync("/actions");
        await page.GetByLabel("Search actions and updates").FillAsync("AT-0006-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.Locator(".result-count")).ToContainTextAsync("1 action match");
        await Expect(page.Locator(".tracker-grid tbody tr").First).ToContainTextAsync("HMCTS");
    }

    [Fact]
    public async Task DarkMode_SwitchedOn_IsKeptWithTheAccount_PassesAxe_AndSwitchesBack()
    {
        var page = await app.OpenAsync("/meetings", DemoAccounts.Viewer);
        var body = page.Locator("body");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });
        await Expect(body).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        await toggle.ClickAsync();
        await Expect(body).ToHaveCSSAsync("background-color", "rgb(22, 24, 28)");

        // Another browser of the same person opens in dark mode: the choice is kept with the account, not the browser.
        var elsewhere = await app.OpenAsync("/actions", DemoAccounts.Viewer);
        await Expect(elsewhere.Locator("body")).ToHaveCSSAsync("background-color", "rgb(22, 24, 28)");
        await elsewhere.Locator(".tracker-grid tbody tr").First.WaitForAsync();
        await AxeScan.AssertNoSeriousViolationsAsync(elsewhere);

        await toggle.ClickAsync();
        await Expect(body).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await AppServer.GoToAsync(elsewhere, "/actions");
        await Expect(elsewhere.Locator("body")).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
    }

    [Fact]
    public async Task DroppedConnection_IsShownToTheUser_AndSoIsItsRecovery()
    {
        // Cut the circuit's real transport: close its WebSocket, and refuse every new one and every /_blazor request
        // until the network "comes back".
        var down = false;
        var page = await app.NewPageAsync();
        await page.AddInitScriptAsync("""
            const NativeWebSocket = window.WebSocket;
            window.__sockets = [];
            window.WebSocket = function (url, protocols) {
                if (window.__down) { throw new Error('network down'); }
                const socket = new NativeWebSocket(url, protocols);
                window.__sockets.push(socket);
                return socket;
            };
            Object.assign(window.WebSocket, NativeWebSocket);
            window.WebSocket.prototype = NativeWebSocket.prototype;
            """);
        await page.RouteAsync(new Regex("/_blazor"), route => down ? route.AbortAsync() : route.ContinueAsync());
        await AppServer.GoToAsync(page, "/meetings");
        var status = page.Locator("#components-reconnect-modal");

        down = true;
        await page.EvaluateAsync("window.__down = true; window.__sockets.forEach(s => s.close())");
        await Expect(status.GetByText("Connection lost")).ToBeVisibleAsync();

        down = false;
        await page.EvaluateAsync("window.__down = false");
        await Expect(status.GetByText("Connection restored")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(status.GetByText("Connection lost")).ToBeHiddenAsync();
    }
}
