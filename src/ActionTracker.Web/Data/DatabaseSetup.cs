using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Data.Postgres;
using ActionTracker.Web.Infrastructure;
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
        services.AddSingleton<DatabaseHealth>();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (IsPostgres(configuration))
        {
            // No SQLite file to create, check or back up; the health check reads through the context instead.
            services.AddSingleton(SqliteFile.None);
            services.AddDbContextFactory<AppDbContext, PostgresContextFactory>(options => options.UseNpgsql(connectionString
                ?? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:ActionTracker to the PostgreSQL database.")));
            return services;
        }

        var file = new SqliteFile(connectionString ?? "Data Source=actiontracker.db");
        services.AddSingleton(file);
        services.AddDbContextFactory<AppDbContext>(options => options.UseSqlite(file.AppConnectionString).AddInterceptors(new SqliteMemoryMap()));
        return services;
    }

    /// <summary>Whether Database:Provider names PostgreSQL; SQLite when unset; anything else is refused at start-up.</summary>
    public static bool IsPostgres(IConfiguration configuration) => (configuration["Database:Provider"] ?? "Sqlite") switch
    {
        var p when p.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => false,
        var p when p.Equals("Postgres", StringComparison.OrdinalIgnoreCase) => true,
        var p => throw new InvalidOperationException($"Database:Provider '{p}' is not supported; use 'Sqlite' or 'Postgres'."),
    };

    /// <summary>
    /// Applies migrations, switches SQLite to WAL for concurrent readers and writers, then runs every registered
    /// <see cref="IDatabaseSeed"/> in the order the features registered them (the roles, then the demo when asked).
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        services.GetRequiredService<SqliteFile>().CreateOrCheck();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await PrepareAsync(db, ct);
        services.GetRequiredService<DatabaseHealth>().Remember(await db.DatabaseIdentity.Select(i => i.Marker).SingleAsync(ct));
        foreach (var seed in scope.ServiceProvider.GetServices<IDatabaseSeed>())
        {
            await seed.SeedAsync(scope.ServiceProvider, ct);
        }
    }

    /// <summary>
    /// Applies migrations, switches SQLite to WAL (readers never wait for a writer) and names the database once, so the
    /// health check can tell it from another file put in its place.
    /// </summary>
    public static async Task PrepareAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (!await db.DatabaseIdentity.AnyAsync(ct))
        {
            db.DatabaseIdentity.Add(new DatabaseIdentity { Id = 1, Marker = Guid.NewGuid() });
            await db.SaveChangesAsync(ct);
        }
    }
}
