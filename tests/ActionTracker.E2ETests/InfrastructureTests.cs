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
        await Expect(page.Locator(".tracker-grid .rz-data-row").First).ToContainTextAsync("HMCTS");
    }

    [Fact]
    public async Task RadzenTheme_OnlyOnThePagesWithRadzenComponents_AndStylesThemAfterInAppNavigation()
    {
        var theme = "link[rel='stylesheet'][href*='material-base']";
        var page = await app.OpenAsync("/meetings");
        await Expect(page.Locator(theme)).ToHaveCountAsync(0);
        // The app's own button look, with no theme on the page (teal, #00616e).
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Search" })).ToHaveCSSAsync("background-color", "rgb(0, 97, 110)");

        // Enhanced navigation adds the theme through HeadContent: the grid is laid out by it (display: flex).
        await page.GetByRole(AriaRole.Link, new() { Name = "Action tracker" }).ClickAsync();
        await Expect(page.Locator(theme)).ToHaveCountAsync(1);
        await Expect(page.Locator(".tracker-grid.rz-data-grid, .tracker-grid .rz-data-grid").First).ToHaveCSSAsync("display", "flex");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(page.Locator(".rz-chart").First).ToHaveCSSAsync("position", "relative");

        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true }).ClickAsync();
        await Expect(page.Locator(theme)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Search" })).ToHaveCSSAsync("background-color", "rgb(0, 97, 110)");
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
