using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.ActionItems.Tracker;

/// <summary>
/// "Update not received": an action still being chased, due for review at a coming meeting (its target meeting, or the
/// next meeting of the series it was raised in), with no progress update or extension request since the meeting
/// before that one. See docs/decisions/0007.
/// </summary>
public static class UpdateNotReceived
{
    /// <summary>History changes that count as hearing from the owner (the secretariat may record them on an owner's behalf).</summary>
    public static readonly string[] OwnerChanges = ["Update", "Extension requested"];

    public static async Task<HashSet<int>> FlaggedAsync(AppDbContext db, IReadOnlyCollection<int> actionIds, DateOnly today, CancellationToken ct) =>
        (await ReviewsAwaitingUpdateAsync(db, db.ActionItems.Where(a => actionIds.Contains(a.Id)), today, ct)).Keys.ToHashSet();

    /// <summary>The flagged actions among <paramref name="candidates"/>, each with the date of the meeting that will review it.</summary>
    public static async Task<Dictionary<int, DateOnly>> ReviewsAwaitingUpdateAsync(AppDbContext db, IQueryable<ActionItem> candidates, DateOnly today, CancellationToken ct)
    {
        var actions = await candidates.AsNoTracking()
            .Where(a => ActionStatusRules.Chaseable.Contains(a.Status))
            .Select(a => new
            {
                a.Id,
                a.Meeting!.SeriesId,
                TargetDate = a.TargetMeeting == null ? (DateOnly?)null : a.TargetMeeting.Date,
                LastHeard = a.Updates.Where(u => OwnerChanges.Contains(u.Change)).Max(u => (DateTime?)u.AtUtc),
            })
            .ToListAsync(ct);
        var seriesIds = actions.Select(a => a.SeriesId).Distinct().ToList();
        var meetingDates = (await db.Meetings.AsNoTracking().Where(m => seriesIds.Contains(m.SeriesId))
                .Select(m => new { m.SeriesId, m.Date }).ToListAsync(ct))
            .ToLookup(m => m.SeriesId, m => m.Date);

        return actions
            .Select(a => (a.Id, Review: ReviewIfFlagged(meetingDates[a.SeriesId].Order().ToList(), a.TargetDate, a.LastHeard, today)))
            .Where(a => a.Review is not null)
            .ToDictionary(a => a.Id, a => a.Review!.Value);
    }

    /// <summary>The rule itself, on plain dates, so it can be tested to the day.</summary>
    public static bool IsFlagged(IReadOnlyList<DateOnly> seriesMeetingDates, DateOnly? targetMeetingDate, DateTime? lastHeardUtc, DateOnly today) =>
        ReviewIfFlagged(seriesMeetingDates, targetMeetingDate, lastHeardUtc, today) is not null;

    /// <summary>The date of the meeting that will review the action, when it is flagged; null when it is not.</summary>
    private static DateOnly? ReviewIfFlagged(IReadOnlyList<DateOnly> seriesMeetingDates, DateOnly? targetMeetingDate, DateTime? lastHeardUtc, DateOnly today)
    {
        var review = targetMeetingDate >= today ? targetMeetingDate : seriesMeetingDates.Where(d => d >= today).Select(d => (DateOnly?)d).FirstOrDefault();
        if (review is not { } reviewDate)
        {
            return null;
        }

        // The meeting before the review that has already taken place: updates since then are what the review expects.
        var previous = seriesMeetingDates.Where(d => d < reviewDate && d <= today).Select(d => (DateOnly?)d).LastOrDefault();
        if (previous is not { } previousDate)
        {
            return null;
        }

        // From the start of the previous meeting's day in London: an update sent that morning counts.
        var sinceUtc = TimeZoneInfo.ConvertTimeToUtc(previousDate.ToDateTime(TimeOnly.MinValue), UkFormat.London);
        return lastHeardUtc is null || lastHeardUtc < sinceUtc ? reviewDate : null;
    }
}
