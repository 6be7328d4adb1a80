using ActionTracker.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionTracker.Web.Data.Configurations;

// Text limits here are the database's backstop; the validators enforce the same limits with friendly messages.
internal sealed class MeetingSeriesConfiguration : IEntityTypeConfiguration<MeetingSeries>
{
    public void Configure(EntityTypeBuilder<MeetingSeries> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(FieldLimits.Title);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(FieldLimits.Title);
        builder.Property(m => m.Venue).HasMaxLength(FieldLimits.Title);
        builder.Property(m => m.VerdictNote).HasMaxLength(FieldLimits.LongText);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.Series).WithMany(s => s.Meetings).HasForeignKey(m => m.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Chair).WithMany().HasForeignKey(m => m.ChairId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.MinuteTaker).WithMany().HasForeignKey(m => m.MinuteTakerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.NextMeeting).WithMany().HasForeignKey(m => m.NextMeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.Date);
        builder.HasIndex(m => new { m.SeriesId, m.Date });

        // A trigger moves the due date of the actions due back at a meeting when its date changes (see ActionItem.DueOn).
        builder.ToTable(t => t.UseSqlReturningClause(false));
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(FieldLimits.Name);
        builder.Property(p => p.Abbreviation).HasMaxLength(FieldLimits.Abbreviation);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class PostHoldingConfiguration : IEntityTypeConfiguration<PostHolding>
{
    public void Configure(EntityTypeBuilder<PostHolding> builder)
    {
        builder.HasOne(h => h.Person).WithMany(p => p.PostHoldings).HasForeignKey(h => h.PersonId);
        builder.HasOne(h => h.Post).WithMany(p => p.Holdings).HasForeignKey(h => h.PostId);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.Property(a => a.Capacity).HasMaxLength(FieldLimits.Name);
        builder.Property(a => a.Initials).HasMaxLength(FieldLimits.Abbreviation);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Meeting).WithMany(m => m.Attendances).HasForeignKey(a => a.MeetingId);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.PersonId }).IsUnique();
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.Number).HasMaxLength(FieldLimits.AgendaNumber);
        builder.Property(a => a.SortKey).HasMaxLength(FieldLimits.Title);
        builder.Property(a => a.Title).HasMaxLength(FieldLimits.Title);
        builder.Property(a => a.Question).HasMaxLength(FieldLimits.LongText);
        builder.Property(a => a.Notes).HasMaxLength(FieldLimits.Notes);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Meeting).WithMany(m => m.AgendaItems).HasForeignKey(a => a.MeetingId);
        // Not unique: real minutes number two items "5" (holding to account, then AOB); the form warns instead of refusing.
        builder.HasIndex(a => new { a.MeetingId, a.Number });
        builder.HasOne(a => a.DeferredToMeeting).WithMany().HasForeignKey(a => a.DeferredToMeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SecretariatSettingsConfiguration : IEntityTypeConfiguration<SecretariatSettings>
{
    public void Configure(EntityTypeBuilder<SecretariatSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.Property(a => a.Reference).HasMaxLength(FieldLimits.Abbreviation);
        builder.Property(a => a.Description).HasMaxLength(FieldLimits.LongText);
        builder.Property(a => a.Theme).HasMaxLength(FieldLimits.Abbreviation);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Meeting).WithMany(m => m.ActionItems).HasForeignKey(a => a.MeetingId);
        builder.HasOne(a => a.AgendaItem).WithMany().HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.TargetMeeting).WithMany().HasForeignKey(a => a.TargetMeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Owners).WithOne().HasForeignKey(o => o.ActionItemId);
        builder.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.HasIndex(a => new { a.MeetingId, a.Number }).IsUnique();

        // Written only by the database's triggers; the triggers also rule out SQLite's RETURNING clause for this table.
        builder.Property(a => a.DueOn).Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        builder.Property(a => a.DueOn).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        builder.ToTable(t => t.UseSqlReturningClause(false));

        // Overdue, due-soon and open counts are ranges of this index; the dashboard's overdue breakdowns and the tracker's
        // sorts by due date or by meeting read it alone, without visiting the table (measured on 100,000 actions:
        // bench/dashboard-scale.sh).
        builder.HasIndex(a => new { a.Status, a.DueOn, a.Theme, a.MeetingId, a.Number });
        builder.HasIndex(a => new { a.Status, a.ClosedAtUtc });
        builder.HasMany(a => a.ExtensionRequests).WithOne().HasForeignKey(r => r.ActionItemId);
    }
}

internal sealed class ActionOwnerConfiguration : IEntityTypeConfiguration<ActionOwner>
{
    public void Configure(EntityTypeBuilder<ActionOwner> builder)
    {
        builder.Property(o => o.BodyName).HasMaxLength(FieldLimits.Name);
        builder.HasOne(o => o.Person).WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Post).WithMany().HasForeignKey(o => o.PostId).OnDelete(DeleteBehavior.Restrict);

        // The owner filters select action ids by owner; the dashboard groups overdue actions' owners without the table.
        // Unique, so no action lists the same owner twice (NULLs never collide) and a group's rows count its actions.
        builder.HasIndex(o => new { o.PostId, o.ActionItemId }).IsUnique();
        builder.HasIndex(o => new { o.PersonId, o.ActionItemId }).IsUnique();
        builder.HasIndex(o => new { o.BodyName, o.ActionItemId }).IsUnique();
        builder.HasIndex(o => new { o.ActionItemId, o.PersonId, o.PostId, o.BodyName });
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_ActionOwner_ExactlyOne",
            "(CASE WHEN PersonId IS NULL THEN 0 ELSE 1 END + CASE WHEN PostId IS NULL THEN 0 ELSE 1 END + CASE WHEN BodyName IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}

internal sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> builder)
    {
        builder.Property(u => u.By).HasMaxLength(FieldLimits.Name);
        builder.Property(u => u.Change).HasMaxLength(FieldLimits.Abbreviation);
        builder.Property(u => u.From).HasMaxLength(FieldLimits.LongText);
        builder.Property(u => u.To).HasMaxLength(FieldLimits.LongText);
        builder.Property(u => u.Note).HasMaxLength(FieldLimits.LongText);
        builder.Property(u => u.Link).HasMaxLength(FieldLimits.Link);
        builder.HasIndex(u => new { u.ActionItemId, u.AtUtc });

        // A trigger copies the update's text into the search index (ActionSearchText).
        builder.ToTable(t => t.UseSqlReturningClause(false));
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLimits.Name);
        builder.HasOne(u => u.Person).WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(FieldLimits.LongText);
        builder.Property(r => r.RequestedBy).HasMaxLength(FieldLimits.Name);
        builder.Property(r => r.DecidedBy).HasMaxLength(FieldLimits.Name);
        builder.Property(r => r.DecisionNote).HasMaxLength(FieldLimits.LongText);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ActionItemId, r.Decision });
    }
}

internal sealed class ActionSearchTextConfiguration : IEntityTypeConfiguration<ActionSearchText>
{
    public void Configure(EntityTypeBuilder<ActionSearchText> builder)
    {
        // An SQLite FTS5 table, created and kept in step by the ActionSearch migration's SQL, not by EF.
        builder.HasNoKey();
        builder.ToTable(ActionSearchText.Table, t => t.ExcludeFromMigrations());
    }
}

internal sealed class MinutesApprovalConfiguration : IEntityTypeConfiguration<MinutesApproval>
{
    public void Configure(EntityTypeBuilder<MinutesApproval> builder)
    {
        builder.HasKey(a => a.MeetingId);
        builder.Property(a => a.ApprovedBy).HasMaxLength(FieldLimits.Name);
        builder.Property(a => a.PublishedBy).HasMaxLength(FieldLimits.Name);
        builder.HasOne(a => a.Meeting).WithOne(m => m.MinutesApproval).HasForeignKey<MinutesApproval>(a => a.MeetingId);
        builder.HasOne(a => a.AgreedAtMeeting).WithMany().HasForeignKey(a => a.AgreedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MinutesAmendmentConfiguration : IEntityTypeConfiguration<MinutesAmendment>
{
    public void Configure(EntityTypeBuilder<MinutesAmendment> builder)
    {
        builder.Property(a => a.Correction).HasMaxLength(FieldLimits.LongText);
        builder.Property(a => a.Reason).HasMaxLength(FieldLimits.LongText);
        builder.Property(a => a.MadeBy).HasMaxLength(FieldLimits.Name);
        // Amendments are the record's history: deleting a meeting or an item must not silently take them with it.
        builder.HasOne(a => a.Meeting).WithMany(m => m.MinutesAmendments).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.AgendaItem).WithMany().HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
