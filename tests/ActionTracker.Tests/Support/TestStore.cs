using System.Collections.Concurrent;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ActionTracker.Tests.Support;

/// <summary>
/// A fresh database with the app's real migrations for one test: in-memory SQLite, kept alive by one open connection (each
/// context still opens its own, as in the app) — or, when ACTIONTRACKER_TEST_POSTGRES holds a connection string, a
/// PostgreSQL database of its own: migrated once, emptied after each test and handed to the next (creating a database
/// costs PostgreSQL a checkpoint, about a second on a busy machine; emptying one, milliseconds). That one switch runs
/// the service tests on PostgreSQL (scripts/test.sh sets it when PostgreSQL is installed).
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    public const string PostgresVariable = "ACTIONTRACKER_TEST_POSTGRES";

    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;
    private static readonly ConcurrentBag<string> EmptyPostgresDatabases = [];

    private readonly SqliteConnection? _keepAlive;
    private readonly string? _postgresDatabase;

    private TestStore(DbContextOptions<AppDbContext> options, SqliteConnection? keepAlive, string? postgresDatabase)
    {
        Options = options;
        _keepAlive = keepAlive;
        _postgresDatabase = postgresDatabase;
        Factory = new ContextFactory(this);
    }

    /// <summary>Whether this run's service tests use PostgreSQL.</summary>
    public static bool IsPostgres => PostgresServer is not null;

    public DbContextOptions<AppDbContext> Options { get; }

    public IDbContextFactory<AppDbContext> Factory { get; }

    public static async Task<TestStore> CreateAsync()
    {
        if (PostgresServer is not null)
        {
            var name = EmptyPostgresDatabases.TryTake(out var empty) ? empty : await CreatePostgresDatabaseAsync();
            return new TestStore(PostgresOptions(name), null, name);
        }

        var connection = new SqliteConnection($"Data Source=tests-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        await connection.OpenAsync();
        var store = new TestStore(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection.ConnectionString).Options, connection, null);
        await using var db = store.NewContext();
        await db.Database.MigrateAsync();
        return store;
    }

    /// <summary>A context of the provider's own type (PostgreSQL's has its own model tweaks and migrations).</summary>
    public AppDbContext NewContext() => _postgresDatabase is null ? new AppDbContext(Options) : new PostgresAppDbContext(Options);

    /// <summary>Registers this database's context factory as the app does (for Identity's services).</summary>
    public IServiceCollection AddTo(IServiceCollection services) => _postgresDatabase is null
        ? services.AddDbContextFactory<AppDbContext>(builder => builder.UseSqlite(_keepAlive!.ConnectionString))
        : services.AddDbContextFactory<AppDbContext, PostgresContextFactory>(builder => builder.UseNpgsql(ConnectionTo(_postgresDatabase)));

    public async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        if (_postgresDatabase is not null)
        {
            await using (var db = NewContext())
            {
                var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Select(t => $"\"{t}\"");
                var truncate = "TRUNCATE " + string.Join(", ", tables) + " RESTART IDENTITY CASCADE"; // the model's own table names
                await db.Database.ExecuteSqlRawAsync(truncate);
            }

            EmptyPostgresDatabases.Add(_postgresDatabase);
        }
    }

    private static string ConnectionTo(string database) => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database }.ConnectionString;

    private static DbContextOptions<AppDbContext> PostgresOptions(string database) =>
        new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(ConnectionTo(database)).Options;

    private static async Task<string> CreatePostgresDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        await using var db = new PostgresAppDbContext(PostgresOptions(name));
        await db.Database.MigrateAsync();
        return name;
    }

    private sealed class ContextFactory(TestStore store) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => store.NewContext();
    }
}
