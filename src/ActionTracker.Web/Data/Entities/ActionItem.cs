namespace ActionTracker.Web.Data.Entities;

public class ActionItem : IVersioned
{
    public int Id { get; set; }

    /// <summary>Global reference, given once when raised and never changed, e.g. "AT-0012-2".</summary>
    public required string Reference { get; set; }

    /// <summary>Number within the meeting that raised it ("Action 2").</summary>
    public int Number { get; set; }
    public required string Description { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int? AgendaItemId { get; set; }
    public AgendaItem? AgendaItem { get; set; }
    public DateOnly? DueDate { get; set; }
    public int? TargetMeetingId { get; set; }
    public Meeting? TargetMeeting { get; set; }

    /// <summary>
    /// The date the action is due: <see cref="DueDate"/>, or else its target meeting's date. Stored and indexed so that
    /// "overdue" is an index range, not a join; the database keeps it in step (triggers on actions and on meeting dates,
    /// see the DueOn migration), so the app never writes it and a freshly saved entity does not have it.
    /// </summary>
    public DateOnly? DueOn { get; private set; }
    public ActionStatus Status { get; set; }
    public string? Theme { get; set; }
    public int DeferralCount { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public Guid Version { get; set; }

    public List<ActionOwner> Owners { get; } = [];
    public List<ActionUpdate> Updates { get; } = [];
    public List<ExtensionRequest> ExtensionRequests { get; } = [];
}
