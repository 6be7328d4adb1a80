namespace ActionTracker.Web.Data.Entities;

/// <summary>
/// An editable row with an optimistic-concurrency token. SQLite ignores [Timestamp] (it stays null and both writers win),
/// so the token is a Guid that <see cref="AppDbContext"/> renews on every save and EF checks in the UPDATE's WHERE clause.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
