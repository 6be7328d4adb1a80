using ActionTracker.Web.Data.Demo;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "ActionTracker";

    /// <summary>
    /// Registers only a context factory: one short-lived context per operation, never one per circuit.
    /// The provider is configuration (Database:Provider); SQLite, a file beside the app, is the default.
    /// </summary>
    public static IServiceCollection AddActionTrackerDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use 'Sqlite'.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=actiontracker.db";
        services.AddDbContextFactory<AppDbContext>(options => options.UseSqlite(WithBusyTimeout(connectionString)).AddInterceptors(new SqliteMemoryMap()));
        return services;
    }

    /// <summary>
    /// Applies migrations, switches SQLite to WAL for concurrent readers and writers, makes sure the roles exist, and
    /// loads the demo meetings and demo users when asked.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await PrepareAsync(db, ct);
        await AccountSeeding.EnsureRolesAsync(scope.ServiceProvider);

        if (configuration.GetValue<bool>("DemoData"))
        {
            await DemoData.SeedAsync(db, services.GetRequiredService<AppClock>().Today, ct);
            await AccountSeeding.SeedDemoUsersAsync(scope.ServiceProvider, ct);
        }
    }

    /// <summary>Applies migrations and switches SQLite to WAL, so that readers never wait for a writer.</summary>
    public static async Task PrepareAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    // Microsoft.Data.Sqlite retries a busy database for the command timeout: 30 s lets writers queue rather than fail.
    private static string WithBusyTimeout(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30 }.ToString();
}
