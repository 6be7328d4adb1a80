using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// What the importer read from one set of minutes. The header and attendance are settable: the review screen binds them
/// so the secretariat can correct them before confirming. Items and actions are read-only there: they are the text.
/// </summary>
public sealed class ParsedMinutes
{
    public string Title { get; set; } = "";
    public MeetingType Type { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public string? Chair { get; set; }
    public string? MinuteTaker { get; set; }
    public string? Venue { get; set; }
    public List<ParsedAttendee> Attendees { get; set; } = [];
    public List<ParsedItem> Items { get; set; } = [];
    public List<ParsedAction> Actions { get; set; } = [];
    public List<BroughtForwardMatter> BroughtForward { get; set; } = [];
    public DateTime? NextMeeting { get; set; }

    /// <summary>Text the importer could not place: kept in the nearest item's notes, and listed here for the review.</summary>
    public List<string> Unplaced { get; set; } = [];

    /// <summary>What the importer had to assume (a year, a time, a chair): shown on the review, never silent.</summary>
    public List<string> Warnings { get; set; } = [];

    public IEnumerable<string> Apologies => Attendees.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name);
}

/// <summary>One attendee as minuted; <see cref="Problem"/> says why the row looks misaligned and must be checked.</summary>
public sealed class ParsedAttendee
{
    public string Name { get; set; } = "";
    public string Capacity { get; set; } = "";
    public string? Initials { get; set; }
    public AttendanceStatus Status { get; set; }
    public string? Problem { get; set; }
}

/// <summary>An agenda item: its number (as minuted, or given in order when the minutes number none), title and notes.</summary>
public sealed record ParsedItem(string Number, string Title, AgendaItemKind Kind, string? Question, string Notes, string? DeferredTo);

/// <summary>
/// An action arising at this meeting, numbered in the order the minutes give them, under the item it was minuted in
/// (<see cref="ItemIndex"/> is that item's place in <see cref="ParsedMinutes.Items"/>: two items may share a number).
/// </summary>
public sealed record ParsedAction(int Number, int ItemIndex, string ItemNumber, string Description, string? OwnerText);

/// <summary>
/// A matter an earlier meeting sent to this one (under outstanding matters): reviewed here, not raised here. The action
/// number when the minutes give one ("Action 3:"), and the earlier meeting when they name it, help find the action it is.
/// </summary>
public sealed record BroughtForwardMatter(string ItemNumber, string Description, string? FromMeeting, int? ActionNumber = null);
