using ActionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ActionTracker.E2ETests;

/// <summary>
/// Two real app servers (<see cref="A"/> and <see cref="B"/>, each with its own browser) on one PostgreSQL database with the
/// demo data: a database of its own on the server ACTIONTRACKER_TEST_POSTGRES names (scripts/test.sh starts a throwaway
/// one). B retries a lost listening connection after 3 s, so a test can make a change while B is not listening.
/// </summary>
public sealed class TwoServersOnPostgres : IAsyncLifetime
{
    public const string Variable = "ACTIONTRACKER_TEST_POSTGRES";

    private static readonly string? Server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;
    private readonly string _database = $"e2e_{Guid.NewGuid():N}";

    public AppServer A { get; } = new();

    public AppServer B { get; } = new();

    public static bool Available => Server is not null;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;

    public async Task InitializeAsync()
    {
        if (Server is null)
        {
            return;
        }

        await ExecuteAsync($"CREATE DATABASE \"{_database}\"");
        foreach (var server in new[] { A, B })
        {
            server.Settings["Database:Provider"] = "Postgres";
            server.Settings["ConnectionStrings:ActionTracker"] = ConnectionString;
        }

        B.Settings["LiveUpdates:ReconnectDelayMs"] = "3000";
        // A migrates and loads the demo data; B starts on the database A made, as scripts/two-servers.sh does.
        await A.InitializeAsync();
        await B.InitializeAsync();
    }

    /// <summary>The run page of a scheduled sample meeting (the demo data's ids are the same on both servers).</summary>
    public async Task<string> RunPathAsync(string meetingTitle)
    {
        await using var db = await A.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return $"/meetings/{await db.Meetings.Where(m => m.Title == meetingTitle).Select(m => m.Id).SingleAsync()}/run";
    }

    /// <summary>Cuts <paramref name="serverId"/>'s listening connection, as a database restart or a network fault would.</summary>
    public async Task CutListenerAsync(string serverId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cut = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name", connection);
        cut.Parameters.AddWithValue("name", Web.Features.Live.Servers.PostgresServerBus.ListenerName + serverId);
        Assert.Equal(1L, await cut.ExecuteScalarAsync());
    }

    public async Task DisposeAsync()
    {
        if (Server is null)
        {
            return;
        }

        await B.DisposeAsync();
        await A.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A browser test that needs PostgreSQL: skipped, saying why, when ACTIONTRACKER_TEST_POSTGRES is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TwoServersOnPostgres.Available)
        {
            Skip = $"Needs PostgreSQL: set {TwoServersOnPostgres.Variable} (scripts/test.sh does when PostgreSQL is installed).";
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TwoServersCollectionDefinition : ICollectionFixture<TwoServersOnPostgres>
{
    public const string Name = "two servers";
}
