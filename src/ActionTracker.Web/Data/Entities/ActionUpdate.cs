namespace ActionTracker.Web.Data.Entities;

/// <summary>An appended, never edited, row of an action's history: what changed, from → to, by whom, when.</summary>
public class ActionUpdate
{
    public int Id { get; set; }
    public int ActionItemId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string By { get; set; }
    public required string Change { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Note { get; set; }

    /// <summary>A link to evidence (a report, a document store), given when an owner marks the action complete.</summary>
    public string? Link { get; set; }
}
