namespace ActionTracker.Web.Data.Entities;

/// <summary>
/// One row naming this database: written when the database is created, so the health check can tell that the file at
/// the configured path is still the one the app opened (not moved away, replaced by another, or restored over it).
/// </summary>
public class DatabaseIdentity
{
    public int Id { get; set; }
    public Guid Marker { get; set; }
}
