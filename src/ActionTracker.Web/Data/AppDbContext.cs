using ActionTracker.Web.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Data;

public class AppDbContext : IdentityDbContext<AppUser>
{
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options)
    {
    }

    /// <summary>For a provider's own context type (<see cref="Postgres.PostgresAppDbContext"/>), which has its own migrations.</summary>
    protected AppDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<MeetingSeries> MeetingSeries => Set<MeetingSeries>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostHolding> PostHoldings => Set<PostHolding>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<ActionOwner> ActionOwners => Set<ActionOwner>();
    public DbSet<ActionUpdate> ActionUpdates => Set<ActionUpdate>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();
    public DbSet<MinutesApproval> MinutesApprovals => Set<MinutesApproval>();
    public DbSet<MinutesAmendment> MinutesAmendments => Set<MinutesAmendment>();
    public DbSet<ActionSearchText> ActionSearch => Set<ActionSearchText>();
    public DbSet<DatabaseIdentity> DatabaseIdentity => Set<DatabaseIdentity>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<SecretariatSettings> SecretariatSettings => Set<SecretariatSettings>();
    public DbSet<MinutesImport> MinutesImports => Set<MinutesImport>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the database stays readable and reordering an enum cannot corrupt data.
        configurationBuilder.Properties<MeetingType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<MeetingStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Organisation>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AttendanceStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AgendaItemKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ActionStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ExtensionDecision>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AssuranceVerdict>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<NotificationKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<MailStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DayOfWeek>().HaveConversion<string>().HaveMaxLength(20);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersionsAndGuardHistory();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersionsAndGuardHistory();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampVersionsAndGuardHistory()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ActionUpdate && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("An action's history is append-only: its rows cannot be changed or deleted.");
            }

            if (entry.Entity is IVersioned versioned && entry.State is EntityState.Added or EntityState.Modified)
            {
                versioned.Version = Guid.NewGuid();
            }
        }
    }
}
