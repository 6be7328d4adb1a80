using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.E2ETests;

/// <summary>/healthz against a server of its own (no browser): these tests take its database file away.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"actiontracker-health-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program>? _factory;
    private Uri _baseAddress = default!;

    private string DatabaseFile => Path.Combine(_dataDirectory, "e2e.db");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _factory = AppServer.StartOnKestrel(_dataDirectory, new Dictionary<string, string>(), port: 0);
        _baseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory!.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Healthz_FileMovedAway_503AtTheFirstCheck_And200OnceItIsBack()
    {
        await AssertHealthyAsync();

        File.Move(DatabaseFile, DatabaseFile + ".moved");
        await AssertUnhealthyAsync("missing");

        File.Move(DatabaseFile + ".moved", DatabaseFile);
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Healthz_FileReplacedWithGarbage_503()
    {
        await AssertHealthyAsync();

        File.Move(DatabaseFile, DatabaseFile + ".moved");
        await File.WriteAllBytesAsync(DatabaseFile, Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray());

        await AssertUnhealthyAsync("cannot be read or written");
    }

    [Fact]
    public async Task Healthz_FileReplacedWithAnotherDatabase_503()
    {
        await AssertHealthyAsync();
        // The app's own pooled connections keep the old file open; a healthy-looking new file at the path is not it.
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Move(DatabaseFile + suffix, DatabaseFile + suffix + ".moved");
        }

        await using (var other = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            await other.OpenAsync();
            await using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE DatabaseIdentity (Id INTEGER PRIMARY KEY, Marker TEXT NOT NULL); INSERT INTO DatabaseIdentity VALUES (1, '00000000-0000-0000-0000-000000000001');";
            await create.ExecuteNonQueryAsync();
        }

        await AssertUnhealthyAsync("replaced");
    }

    [Fact]
    public async Task Healthz_FolderDeleted_503()
    {
        await AssertHealthyAsync();

        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);

        await AssertUnhealthyAsync("missing");
        Directory.CreateDirectory(_dataDirectory);
    }

    private async Task AssertHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = _baseAddress };
        var response = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertUnhealthyAsync(string reason)
    {
        using var http = new HttpClient { BaseAddress = _baseAddress };
        var response = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
