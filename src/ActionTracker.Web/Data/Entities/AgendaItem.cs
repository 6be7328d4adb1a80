namespace ActionTracker.Web.Data.Entities;

public class AgendaItem : IVersioned
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>Hierarchical number as minuted: 1, 1.1, 2.3, 5a, 5a.1.</summary>
    public required string Number { get; set; }

    /// <summary>A key that sorts <see cref="Number"/> naturally (1.2 before 1.10), kept in step by the service.</summary>
    public required string SortKey { get; set; }
    public required string Title { get; set; }
    public AgendaItemKind Kind { get; set; }
    public string? Question { get; set; }
    public string? Notes { get; set; }
    public bool IsConfidential { get; set; }

    /// <summary>A later meeting the item was deferred to: these minutes show it as deferred, and that meeting takes it up
    /// under its outstanding matters.</summary>
    public int? DeferredToMeetingId { get; set; }
    public Meeting? DeferredToMeeting { get; set; }
    public Guid Version { get; set; }
}
