using ActionTracker.BenchHost;
using ActionTracker.Web.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.E2ETests;

/// <summary>
/// The bench's page and endpoints do not exist in the app as deployed: only tools/ActionTracker.BenchHost adds them
/// (decision 0030).
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class BenchModeTests(AppServer app)
{
    public static TheoryData<string> BenchWrites => new()
    {
        "/bench/broadcast/value?value=x",
        "/bench/meetings/1/items/1/notes?token=x",
        "/bench/meetings/1/items/1/actions?token=x",
        "/bench/meetings/1/items/1/actions/latest?token=x",
        "/bench/meetings/1/items/1/copy",
        "/bench/heap",
        "/bench/jit",
    };

    [Fact]
    public void App_MapsNoBenchRoute()
    {
        Assert.Empty(BenchRoutes(app));
    }

    /// <summary>Every route of <paramref name="server"/>'s app (endpoints and pages) under /bench.</summary>
    internal static List<string> BenchRoutes(AppServer server) =>
        server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .Where(route => route.StartsWith("/bench", StringComparison.OrdinalIgnoreCase))
            .ToList();

    [Fact]
    public async Task BroadcastPage_InTheApp_IsNotFound_AndShowsNothing()
    {
        var page = await app.NewPageAsync();

        var response = await page.APIRequest.GetAsync("/bench/broadcast");

        Assert.Equal(404, response.Status);
        Assert.DoesNotContain("Broadcast", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BenchWrites))]
    public async Task BenchEndpoint_InTheApp_IsNotFound_EvenForASignedInSecretariat(string path)
    {
        var page = await app.NewPageAsync();

        var response = await page.APIRequest.PostAsync(path);

        // Nothing takes the POST: 404, or 405 where the path falls to the app's GET-only routing.
        Assert.True(response.Status is 404 or 405, $"{path} answered {response.Status}");
    }
}

/// <summary>The app with the bench added as the bench host adds it (its own server), shared by <see cref="BenchModeOnTests"/>.</summary>
public sealed class BenchModeAppServer : IAsyncLifetime
{
    public AppServer App { get; } = new() { ExtraServices = services => BenchStartup.AddBench(services) };

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync();
}

/// <summary>With the bench added, the same paths answer: the tests above check real addresses.</summary>
public sealed class BenchModeOnTests(BenchModeAppServer server) : IClassFixture<BenchModeAppServer>
{
    private readonly AppServer _app = server.App;

    [Fact]
    public void App_MapsTheBenchRoutes_TheAppAsDeployedDoesNot()
    {
        var routes = BenchModeTests.BenchRoutes(_app);

        Assert.Contains("/bench/broadcast", routes);
        Assert.Contains("/bench/heap", routes);
        Assert.Contains("/bench/meetings/{meetingId:int}/items/{itemId:int}/copy", routes);
    }

    [Fact]
    public async Task BroadcastPage_WithTheBench_ShowsEachValueBroadcastWithoutReload_AndHeapAnswers()
    {
        var page = await _app.OpenAsync("/bench/broadcast");
        // The page subscribes just after it turns interactive: a first value, sent until it shows, makes sure it listens.
        var listening = $"listening{Guid.NewGuid():N}";
        for (var attempt = 0; attempt < 20 && await page.Locator(".bench-value").TextContentAsync() != listening; attempt++)
        {
            await page.APIRequest.PostAsync($"/bench/broadcast/value?value={listening}");
            await page.WaitForTimeoutAsync(250);
        }

        var value = $"value{Guid.NewGuid():N}";

        var broadcast = await page.APIRequest.PostAsync($"/bench/broadcast/value?value={value}");
        var heap = await page.APIRequest.PostAsync("/bench/heap");

        Assert.Equal(204, broadcast.Status);
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".bench-value")).ToHaveTextAsync(value);
        Assert.True(long.Parse(await heap.TextAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task MeetingEdits_WithTheBench_CopyAnItem_ThenRaiseAndRewordAnActionUnderIt()
    {
        // An item of the demo's draft meeting that has a question, so the copy shows it was copied whole.
        int itemWithAQuestion;
        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            itemWithAQuestion = await db.AgendaItems.Where(i => i.MeetingId == 12 && i.Question != null).Select(i => i.Id).FirstAsync();
        }

        var page = await _app.OpenAsync($"/meetings/12/run?item={itemWithAQuestion}");
        var firstItemId = await page.Locator("nav.run-agenda a[aria-current='true']").GetAttributeAsync("data-item-id");
        var question = await page.Locator(".agenda-question").TextContentAsync();

        var copy = await page.APIRequest.PostAsync($"/bench/meetings/12/items/{firstItemId}/copy");
        var itemId = await copy.TextAsync();
        await AppServer.GoToAsync(page, $"/meetings/12/run?item={itemId}");
        var raise = await page.APIRequest.PostAsync($"/bench/meetings/12/items/{itemId}/actions?token=raised");
        // Raised and shown first: by then the page has rendered and subscribed, so the reword reaches it live.
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".run-item-actions li")).ToContainTextAsync("Bench action raised");
        var reword = await page.APIRequest.PostAsync($"/bench/meetings/12/items/{itemId}/actions/latest?token=reworded");

        Assert.Equal((200, 204, 204), (copy.Status, raise.Status, reword.Status));
        Assert.NotEqual(firstItemId, itemId);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#current-item-heading")).ToContainTextAsync("Bench item");
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".agenda-question")).ToHaveTextAsync(question!);
        // One action under the fresh item, reworded in place rather than a second one raised.
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".run-item-actions li")).ToHaveCountAsync(1);
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".run-item-actions li")).ToContainTextAsync("Bench action reworded");
    }
}
