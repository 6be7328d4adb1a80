namespace ActionTracker.Web.Data.Entities;

/// <summary>
/// The secretariat's own settings: one row (Id 1), created with its defaults the first time it is saved. Until then the
/// defaults below apply.
/// </summary>
public class SecretariatSettings : IVersioned
{
    public const int SingletonId = 1;
    public const int DefaultDueDays = 28;

    public int Id { get; set; } = SingletonId;

    /// <summary>When a meeting has no next meeting yet, an action raised at it is due this many days after it.</summary>
    public int DueDays { get; set; } = DefaultDueDays;
    public Guid Version { get; set; }
}
