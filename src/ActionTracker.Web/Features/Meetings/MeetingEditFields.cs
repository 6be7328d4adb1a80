using ActionTracker.Web.Components.Shared.Conflicts;
using ActionTracker.Web.Features.Meetings.Run;
using ActionTracker.Web.Features.People;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>The meeting forms' fields as a conflict compares them, each shown as the form shows it (docs/decisions/0026).</summary>
public static class MeetingEditFields
{
    public static IReadOnlyList<EditedField<SaveMeeting>> Meeting(IReadOnlyList<SeriesOption> series, IReadOnlyList<PersonOption> people) =>
    [
        new("Title or theme", m => m.Title.Trim(), (mine, theirs) => mine.Title = theirs.Title),
        new("Type of meeting", m => MeetingText.TypeName(m.Type), (mine, theirs) => mine.Type = theirs.Type),
        new("Series", m => series.FirstOrDefault(s => s.Id == m.SeriesId)?.Name ?? "", (mine, theirs) => mine.SeriesId = theirs.SeriesId),
        new("Date", m => UkFormat.Date(m.Date) ?? "", (mine, theirs) => mine.Date = theirs.Date),
        new("Start time", m => m.StartTime is { } t ? UkFormat.InputTime(t) : "", (mine, theirs) => mine.StartTime = theirs.StartTime),
        new("End time", m => m.EndTime is { } t ? UkFormat.InputTime(t) : "", (mine, theirs) => mine.EndTime = theirs.EndTime),
        new("Virtual meeting", m => m.IsVirtual ? "Yes" : "No", (mine, theirs) => mine.IsVirtual = theirs.IsVirtual),
        new("Venue", m => m.Venue?.Trim() ?? "", (mine, theirs) => mine.Venue = theirs.Venue),
        new("Chair", m => Name(people, m.ChairId), (mine, theirs) => mine.ChairId = theirs.ChairId),
        new("Minutes taken by", m => Name(people, m.MinuteTakerId), (mine, theirs) => mine.MinuteTakerId = theirs.MinuteTakerId),
        new("Status", m => MeetingText.StatusName(m.Status), (mine, theirs) => mine.Status = theirs.Status),
    ];

    public static IReadOnlyList<EditedField<SaveAgendaItem>> AgendaItem { get; } =
    [
        new("Item number", i => i.Number.Trim(), (mine, theirs) => mine.Number = theirs.Number),
        new("Title", i => i.Title.Trim(), (mine, theirs) => mine.Title = theirs.Title),
        new("Kind of item", i => AgendaItemText.KindName(i.Kind), (mine, theirs) => mine.Kind = theirs.Kind),
        new("Question put", i => i.Question?.Trim() ?? "", (mine, theirs) => mine.Question = theirs.Question)
        {
            Text = (i => i.Question ?? "", (i, text) => i.Question = text),
        },
        new("Notes and findings", i => i.Notes ?? "", (mine, theirs) => mine.Notes = theirs.Notes)
        {
            Text = (i => i.Notes ?? "", (i, text) => i.Notes = text),
        },
        new("Deferred to", i => i.DeferredToMeetingId is { } id ? $"meeting {id}" : "not deferred",
            (mine, theirs) => mine.DeferredToMeetingId = theirs.DeferredToMeetingId),
    ];

    public static IReadOnlyList<EditedField<SaveAttendee>> Attendee(IReadOnlyList<PersonOption> people) =>
    [
        new("Person", a => Name(people, a.PersonId), (mine, theirs) => mine.PersonId = theirs.PersonId),
        new("Capacity", a => a.Capacity.Trim(), (mine, theirs) => mine.Capacity = theirs.Capacity),
        new("Initials or post", a => a.Initials?.Trim() ?? "", (mine, theirs) => mine.Initials = theirs.Initials),
        new("Attendance", a => AttendanceToggles.StatusName(a.Status), (mine, theirs) => mine.Status = theirs.Status),
    ];

    private static string Name(IReadOnlyList<PersonOption> people, int? id) => people.FirstOrDefault(p => p.Id == id)?.Name ?? "";
}
