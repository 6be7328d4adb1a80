using System.Net;
using Microsoft.Data.Sqlite;

namespace ActionTracker.E2ETests;

/// <summary>Its own server: this test makes the database unreachable.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly AppServer _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Healthz_Returns200WithTheDatabase_And503WhenItIsUnreachable()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_app.BaseUrl) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);

        SqliteConnection.ClearAllPools();
        Directory.Delete(_app.DataDirectory, recursive: true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/healthz")).StatusCode);
    }
}
