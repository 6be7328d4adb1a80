using ActionTracker.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ActionTracker.Web.Data;

// For dotnet ef (scripts/add-migration.sh): writing a migration needs the model, not a server. One factory per provider,
// because the tools treat a factory of PostgresAppDbContext as one of its base AppDbContext too (the interface is covariant).

/// <summary>SQLite's migrations (Data/Migrations).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=actiontracker.db").Options);
}

/// <summary>PostgreSQL's migrations (Data/Postgres/Migrations).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql("Host=localhost;Database=actiontracker").Options);
}
