namespace ActionTracker.Web.Data.Entities;

public enum ExtensionDecision
{
    Pending,
    Approved,
    Declined,
}

/// <summary>An owner's request to move an action's due date. The due date changes only when the secretariat or chair approves.</summary>
public class ExtensionRequest : IVersioned
{
    public int Id { get; set; }
    public int ActionItemId { get; set; }
    public DateOnly RequestedDueDate { get; set; }
    public required string Reason { get; set; }
    public required string RequestedBy { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public ExtensionDecision Decision { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecisionNote { get; set; }
    public Guid Version { get; set; }
}
