using ActionTracker.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ActionTracker.Web.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL. A type of its own because EF Core finds a context's migrations by its type: PostgreSQL's
/// live in Data/Postgres/Migrations, SQLite's stay in Data/Migrations. Only what PostgreSQL spells differently is here.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<AppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // PostgreSQL folds unquoted names to lower case, so the check names its columns quoted.
        var owner = builder.Entity<ActionOwner>();
        owner.Metadata.RemoveCheckConstraint("CK_ActionOwner_ExactlyOne");
        owner.ToTable(t => t.HasCheckConstraint("CK_ActionOwner_ExactlyOne",
            """(CASE WHEN "PersonId" IS NULL THEN 0 ELSE 1 END + CASE WHEN "PostId" IS NULL THEN 0 ELSE 1 END + CASE WHEN "BodyName" IS NULL THEN 0 ELSE 1 END) = 1"""));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // The app keeps UTC in DateTime fields named …Utc, some built without a Kind (SQLite never asked); PostgreSQL's
        // timestamptz takes only Kind=Utc, so every DateTime is marked UTC on its way in.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTime>();
    }

    private sealed class UtcDateTime() : ValueConverter<DateTime, DateTime>(
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>Hands out <see cref="PostgresAppDbContext"/> wherever the app asks for an <see cref="AppDbContext"/>.</summary>
public sealed class PostgresContextFactory(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => new PostgresAppDbContext(options);
}
