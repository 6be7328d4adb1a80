using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Features.Meetings.StartToClose;

/// <summary>The agenda items that running a meeting adds: outstanding matters at the start, the next meeting at the end.</summary>
public static class RunAgenda
{
    public const string OutstandingMattersTitle = "Outstanding matters / items brought forward";
    public const string NextMeetingTitle = "Confirmation of next meeting";

    /// <summary>The kinds of item every meeting of a series has: proposed for carrying over to the next meeting.</summary>
    public static bool IsStanding(AgendaItemKind kind) =>
        kind is AgendaItemKind.OutstandingMatters or AgendaItemKind.SummaryOfActions or AgendaItemKind.AnyOtherBusiness or AgendaItemKind.NextMeeting;

    /// <summary>A title for a meeting nobody titled: the series and the month, as the OPCC's minutes are headed
    /// ("Monthly Assurance Meeting – February 2021").</summary>
    public static string TitleFor(string seriesName, DateOnly date) => $"{seriesName} – {date.ToString("MMMM yyyy", UkFormat.Culture)}";

    /// <summary>Attendees proposed for the next meeting: everyone present or sending apologies (observers come and go).</summary>
    public static bool IsRegular(AttendanceStatus status) => status != AttendanceStatus.Observer;

    /// <summary>
    /// Creates the next meeting of <paramref name="meeting"/>'s series as <paramref name="plan"/> says and links it: scheduled,
    /// with the same chair and minute-taker, the chosen standing items and regular attendees, its own outstanding-matters
    /// item, and a title naming the series and month unless one is given. Closing a meeting and importing minutes both make it here.
    /// </summary>
    public static Meeting ScheduleNext(Meeting meeting, string seriesName, NextMeetingPlan plan)
    {
        var next = new Meeting
        {
            SeriesId = meeting.SeriesId,
            Type = plan.Type,
            Title = string.IsNullOrWhiteSpace(plan.Title) ? TitleFor(seriesName, plan.Date) : plan.Title.Trim(),
            Date = plan.Date,
            StartTime = plan.StartTime,
            EndTime = plan.EndTime,
            IsVirtual = plan.IsVirtual,
            Venue = string.IsNullOrWhiteSpace(plan.Venue) ? null : plan.Venue.Trim(),
            ChairId = meeting.ChairId,
            MinuteTakerId = meeting.MinuteTakerId,
            Status = MeetingStatus.Scheduled,
        };
        CarryOver(meeting, next, plan.CarryItemIds, plan.CarryAttendeeIds);
        EnsureOutstandingMatters(next);
        meeting.NextMeeting = next;
        return next;
    }

    /// <summary>
    /// Copies the chosen standing items (number, title and kind; not what was said) and regular attendees (capacity and
    /// initials as minuted) of <paramref name="meeting"/> to <paramref name="next"/>.
    /// </summary>
    public static void CarryOver(Meeting meeting, Meeting next, IReadOnlyCollection<int> itemIds, IReadOnlyCollection<int> attendanceIds)
    {
        foreach (var item in meeting.AgendaItems.Where(i => itemIds.Contains(i.Id)).OrderBy(i => i.SortKey, StringComparer.Ordinal).ThenBy(i => i.Id))
        {
            Add(next, item.Number, item.Title, item.Kind, null);
        }

        foreach (var attendance in meeting.Attendances.Where(a => attendanceIds.Contains(a.Id)).OrderBy(a => a.Id))
        {
            next.Attendances.Add(new Attendance { PersonId = attendance.PersonId, Capacity = attendance.Capacity, Initials = attendance.Initials });
        }
    }

    /// <summary>
    /// Adds the outstanding-matters item unless the agenda has one already (the seeds' "Review of Action Tracker" is one):
    /// numbered 1, or when 1 is taken (usually by the welcome), the first free 1.x, so that it still comes first.
    /// </summary>
    public static void EnsureOutstandingMatters(Meeting meeting)
    {
        if (meeting.AgendaItems.Any(i => i.Kind == AgendaItemKind.OutstandingMatters))
        {
            return;
        }

        var taken = meeting.AgendaItems.Select(i => i.Number).ToHashSet(StringComparer.Ordinal);
        var number = taken.Contains("1") ? Enumerable.Range(1, 999).Select(n => $"1.{n}").First(n => !taken.Contains(n)) : "1";
        Add(meeting, number, OutstandingMattersTitle, AgendaItemKind.OutstandingMatters, null);
    }

    /// <summary>
    /// Records the next meeting in the minutes' last item: fills the agenda's own "confirmation of next meeting" item,
    /// keeping anything already written there, or adds the item after the last one.
    /// </summary>
    public static void ConfirmNextMeeting(Meeting meeting, Meeting next)
    {
        var text = $"{MeetingText.TypeName(next.Type)}: {next.Title} – {next.Date.ToString("dddd d MMMM yyyy", UkFormat.Culture)}, "
            + $"{MeetingText.Times(next.StartTime, next.EndTime)}, {MeetingText.Venue(next.IsVirtual, next.Venue)}";
        var item = meeting.AgendaItems.Where(i => i.Kind == AgendaItemKind.NextMeeting).MaxBy(i => i.SortKey, StringComparer.Ordinal);
        if (item is null)
        {
            var last = meeting.AgendaItems.Select(i => int.Parse(new string([.. i.Number.TakeWhile(char.IsAsciiDigit)]), UkFormat.Culture)).DefaultIfEmpty(0).Max();
            Add(meeting, (last + 1).ToString(UkFormat.Culture), NextMeetingTitle, AgendaItemKind.NextMeeting, text);
        }
        else
        {
            item.Notes = string.IsNullOrWhiteSpace(item.Notes) ? text : $"{item.Notes.TrimEnd()}\n\n{text}";
        }
    }

    private static void Add(Meeting meeting, string number, string title, AgendaItemKind kind, string? notes) =>
        meeting.AgendaItems.Add(new AgendaItem { Number = number, SortKey = AgendaNumber.SortKey(number), Title = title, Kind = kind, Notes = notes });
}

/// <summary>The next meeting to schedule: when and where, its title (optional), and what it carries over (by id) from this one.</summary>
public sealed record NextMeetingPlan(
    MeetingType Type, string? Title, DateOnly Date, TimeOnly StartTime, TimeOnly? EndTime, bool IsVirtual, string? Venue,
    IReadOnlyCollection<int> CarryItemIds, IReadOnlyCollection<int> CarryAttendeeIds);
