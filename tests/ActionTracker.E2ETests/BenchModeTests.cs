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
        "/bench/heap",
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

/// <summary>With bench mode on (its own server), the same paths answer: the test above checks real addresses.</summary>
public sealed class BenchModeOnTests : IAsyncLifetime
{
    private readonly AppServer _app = new() { Settings = { ["Bench:Enabled"] = "true" } };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task BroadcastPage_BenchModeOn_ShowsEachValueBroadcastWithoutReload_AndHeapAnswers()
    {
        var page = await _app.OpenAsync("/bench/broadcast");
        var value = $"value{Guid.NewGuid():N}";

        var broadcast = await page.APIRequest.PostAsync($"/bench/broadcast/value?value={value}");
        var heap = await page.APIRequest.PostAsync("/bench/heap");

        Assert.Equal(204, broadcast.Status);
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".bench-value")).ToHaveTextAsync(value);
        Assert.True(long.Parse(await heap.TextAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}
