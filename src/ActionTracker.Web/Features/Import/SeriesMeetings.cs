using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.StartToClose;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// The meetings of the series that an import meets: the scheduled meeting the minutes are of (closing or importing the
/// meeting before scheduled it: the minutes complete it, so importing a year of minutes in order makes one meeting a
/// month, not two), and the next meeting they give (linked when the series has one that day, else scheduled).
/// </summary>
internal static class SeriesMeetings
{
    /// <summary>The series' meeting on the minutes' day that is still only scheduled: no minutes, no actions raised at it.</summary>
    public static async Task<MeetingLink?> ScheduledAsync(AppDbContext db, int? seriesId, ParsedMinutes minutes, CancellationToken ct) =>
        seriesId is null || minutes.Date is not { } date
            ? null
            : await db.Meetings.AsNoTracking()
                .Where(m => m.SeriesId == seriesId && m.Date == date && m.Status == MeetingStatus.Scheduled && !m.ActionItems.Any())
                .OrderBy(m => m.StartTime).Select(m => new MeetingLink(m.Id, m.Title, m.Date)).FirstOrDefaultAsync(ct);

    /// <summary>That meeting, tracked, without its proposed agenda and attendance: the minutes' own replace them.</summary>
    public static async Task<Meeting> ClearScheduledAsync(AppDbContext db, int meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.Attendances).SingleAsync(m => m.Id == meetingId, ct);
        db.AgendaItems.RemoveRange(meeting.AgendaItems);
        db.Attendances.RemoveRange(meeting.Attendances);
        meeting.AgendaItems.Clear();
        meeting.Attendances.Clear();
        return meeting;
    }

    /// <summary>The next meeting, when the minutes date it after this one: the series' meeting on that day, if it has one.</summary>
    public static async Task<PreviewNextMeeting?> NextAsync(AppDbContext db, int? seriesId, ParsedMinutes minutes, CancellationToken ct)
    {
        if (minutes.NextMeeting is not { } when || minutes.Date is not { } date || DateOnly.FromDateTime(when) <= date)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(when);
        var existing = seriesId is null ? null : await db.Meetings.AsNoTracking().Where(m => m.SeriesId == seriesId && m.Date == day)
            .OrderBy(m => m.StartTime).Select(m => new MeetingLink(m.Id, m.Title, m.Date)).FirstOrDefaultAsync(ct);
        return new PreviewNextMeeting(when, existing);
    }

    /// <summary>
    /// The next meeting the minutes give: the series' meeting on that day, linked, or a new one scheduled as closing a
    /// meeting schedules it (<see cref="RunAgenda.ScheduleNext"/>), at the same place, carrying the standing items and
    /// regular attendees. None when the minutes give no later date.
    /// </summary>
    public static async Task<Meeting?> LinkNextAsync(AppDbContext db, Meeting meeting, string seriesName, PreviewNextMeeting? next, CancellationToken ct)
    {
        if (next is null)
        {
            return null;
        }

        if (next.Existing is { } existing && await db.Meetings.FindAsync([existing.Id], ct) is { } found)
        {
            meeting.NextMeeting = found;
            return found;
        }

        return RunAgenda.ScheduleNext(meeting, seriesName, new NextMeetingPlan(meeting.Type, null, DateOnly.FromDateTime(next.When),
            TimeOnly.FromDateTime(next.When), null, meeting.IsVirtual, meeting.Venue,
            [.. meeting.AgendaItems.Where(i => RunAgenda.IsStanding(i.Kind)).Select(i => i.Id)],
            [.. meeting.Attendances.Where(a => RunAgenda.IsRegular(a.Status)).Select(a => a.Id)]));
    }
}
