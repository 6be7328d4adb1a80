using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.StartToClose;

/// <summary>
/// Which actions a meeting reviews under "Outstanding matters / items brought forward": every action still to be
/// reviewed that was raised at an earlier meeting of the same series, and every action whose target meeting is this one
/// (deferred or sent to it from any series). See docs/decisions/0010-carry-forward-and-close.md.
/// </summary>
public static class CarryForward
{
    /// <summary>
    /// Open, in progress and deferred actions are still being chased. "Completed – awaiting sign-off" is brought forward
    /// too, because the meeting is where the secretariat and chair sign it off; closed and cancelled actions are not.
    /// </summary>
    public static readonly ActionStatus[] Statuses = [ActionStatus.Open, ActionStatus.InProgress, ActionStatus.Deferred, ActionStatus.AwaitingSignOff];

    /// <summary>The meeting's place in its series: enough to work out what is brought forward to it.</summary>
    public sealed record MeetingPlace(int Id, int SeriesId, DateOnly Date);

    public static Task<MeetingPlace?> FindAsync(AppDbContext db, int meetingId, CancellationToken ct) =>
        db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => new MeetingPlace(m.Id, m.SeriesId, m.Date)).SingleOrDefaultAsync(ct);

    /// <summary>The actions brought forward to <paramref name="meeting"/>; never those raised at it, nor at a later meeting.</summary>
    public static IQueryable<ActionItem> BroughtForwardTo(this IQueryable<ActionItem> actions, MeetingPlace meeting) =>
        actions.Where(a => Statuses.Contains(a.Status) && a.MeetingId != meeting.Id
            && (a.TargetMeetingId == meeting.Id || (a.Meeting!.SeriesId == meeting.SeriesId && a.Meeting.Date < meeting.Date)));
}
