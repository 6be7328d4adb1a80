using ActionTracker.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionTracker.Web.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Subject).HasMaxLength(FieldLimits.Title);
        builder.Property(n => n.Body).HasMaxLength(FieldLimits.Notes);
        builder.Property(n => n.Path).HasMaxLength(FieldLimits.Title);
        builder.Property(n => n.DedupeKey).HasMaxLength(FieldLimits.Title);
        builder.Property(n => n.ClaimedBy).HasMaxLength(FieldLimits.Name);
        builder.Property(n => n.LastError).HasMaxLength(FieldLimits.LongText);
        builder.Ignore(n => n.Link);
        builder.HasOne(n => n.User).WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.ActionItem).WithMany().HasForeignKey(n => n.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.DedupeKey).IsUnique();

        // The bell counts a person's unread notifications; the page lists them newest first.
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc, n.Id });

        // Senders look for mail due now: waiting and due, or claimed by a sender whose claim has lapsed.
        builder.HasIndex(n => new { n.MailStatus, n.NextAttemptAtUtc });
    }
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.HasOne(s => s.User).WithOne().HasForeignKey<NotificationSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.CalendarTokenHash).HasMaxLength(FieldLimits.Name);
        builder.HasIndex(s => s.CalendarTokenHash).IsUnique();

        // A short list of names ("Digest,Overdue") in one column: read and written whole with the row.
        builder.Property(s => s.MutedKinds)
            .HasConversion(
                kinds => string.Join(',', kinds),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<NotificationKind>).ToList(),
                new ValueComparer<List<NotificationKind>>((a, b) => a!.SequenceEqual(b!), kinds => kinds.Aggregate(0, (hash, kind) => HashCode.Combine(hash, kind)), kinds => kinds.ToList()))
            .HasMaxLength(FieldLimits.Title);
    }
}
