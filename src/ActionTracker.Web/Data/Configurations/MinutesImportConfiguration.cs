using ActionTracker.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionTracker.Web.Data.Configurations;

internal sealed class MinutesImportConfiguration : IEntityTypeConfiguration<MinutesImport>
{
    public void Configure(EntityTypeBuilder<MinutesImport> builder)
    {
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Property(i => i.SourceName).HasMaxLength(FieldLimits.Title);
        builder.Property(i => i.ImportedBy).HasMaxLength(FieldLimits.Name);
        builder.HasIndex(i => i.ContentHash).IsUnique();
        builder.HasOne(i => i.Meeting).WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
