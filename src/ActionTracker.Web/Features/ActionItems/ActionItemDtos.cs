using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>One row of the action tracker: flat, so the grid can sort and filter every column.</summary>
public sealed record TrackerRow(
    int Id, string Reference, string Description, string Owners, int MeetingId, string RaisedAt, DateOnly MeetingDate,
    string? AgendaNumber, DateOnly? DueDate, string? DueAt, ActionStatus Status, string StatusName, string? Theme, int? DaysOverdue,
    bool UpdateNotReceived = false)
{
    public bool IsOverdue => DaysOverdue > 0;
}

/// <summary>A tracker row as downloaded: with the latest update, e.g. "12 Nov 2026: Draft profile shared with OPCC".</summary>
public sealed record TrackerExportRow(TrackerRow Action, string? LastUpdate);

public sealed record TrackerPage(IReadOnlyList<TrackerRow> Rows, int Total);

public sealed record FilterOption(string Value, string Label);

public sealed record TrackerOptions(
    IReadOnlyList<FilterOption> Owners, IReadOnlyList<FilterOption> Meetings, IReadOnlyList<FilterOption> Series, IReadOnlyList<string> Themes);

public sealed record ActionDetails(ActionItemRow Action, int? DaysOverdue, IReadOnlyList<HistoryEntry> History, PendingExtension? PendingExtension)
{
    public string Owners => OwnerText.Join(Action.Owners);
}

public sealed record HistoryEntry(DateTime AtUtc, string By, string Change, string? From, string? To, string? Note, string? Link);

public sealed record PendingExtension(int Id, DateOnly RequestedDueDate, string Reason, string RequestedBy, DateTime RequestedAtUtc, Guid Version);

public static class Overdue
{
    /// <summary>Days past the due date, for an action not finished; null when not overdue. "Awaiting sign-off" is not overdue.</summary>
    public static int? Days(DateOnly? dueDate, ActionStatus status, DateOnly today) =>
        dueDate is { } due && due < today && ActionStatusRules.Chaseable.Contains(status)
            ? today.DayNumber - due.DayNumber
            : null;
}
