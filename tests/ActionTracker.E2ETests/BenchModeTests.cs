using ActionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.E2ETests;

/// <summary>The bench-only page and endpoints do not exist for the app as deployed (Bench:Enabled unset).</summary>
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
    public async Task BroadcastPage_BenchModeOff_IsNotFound_AndShowsNothing()
    {
        var page = await app.NewPageAsync();

        var response = await page.APIRequest.GetAsync("/bench/broadcast");

        Assert.Equal(404, response.Status);
        Assert.DoesNotContain("Broadcast", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BenchWrites))]
    public async Task BenchEndpoint_BenchModeOff_IsNotFound_EvenForASignedInSecretariat(string path)
    {
        var page = await app.NewPageAsync();

        var response = await page.APIRequest.PostAsync(path);

        // Nothing takes the POST: 404, or 405 where the path falls to the app's GET-only routing.
        Assert.True(response.Status is 404 or 405, $"{path} answered {response.Status}");
    }
}

/// <summary>One app with bench mode on (its own server), shared by the tests of <see cref="BenchModeOnTests"/>.</summary>
public sealed class BenchModeAppServer : IAsyncLifetime
{
    public AppServer App { get; } = new() { Settings = { ["Bench:Enabled"] = "true" } };

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync();
}

/// <summary>With bench mode on, the same paths answer: the test above checks real addresses.</summary>
public sealed class BenchModeOnTests(BenchModeAppServer server) : IClassFixture<BenchModeAppServer>
{
    private readonly AppServer _app = server.App;

    [Fact]
    public async Task BroadcastPage_BenchModeOn_ShowsEachValueBroadcastWithoutReload_AndHeapAnswers()
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
    public async Task MeetingEdits_BenchModeOn_CopyAnItem_ThenRaiseAndRewordAnActionUnderIt()
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
