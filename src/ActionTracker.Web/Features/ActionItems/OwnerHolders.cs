using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>An owner row of an action with, when the owner is a post, the person who held the post on the action's due day.</summary>
public sealed class OwnerWithHolder
{
    public int Id { get; init; }
    public int ActionItemId { get; init; }
    public int? PersonId { get; init; }
    public int? PostId { get; init; }
    public string? BodyName { get; init; }

    /// <summary>The post's holder on the action's due day (see <see cref="OwnerHolders.Of"/>); null for a person, a body, or a post nobody held.</summary>
    public int? HolderId { get; init; }
}

/// <summary>
/// Who answered for a post owner: the one rule behind the owner text of every row, the dashboard's by-owner figures and
/// the tracker's "post while held by" filter, so that a figure and the view it opens always agree. It stays a query, so
/// holders are found in the same SQL statement as the owners, for any number of actions.
/// </summary>
public static class OwnerHolders
{
    /// <summary>
    /// The owners of <paramref name="actions"/>, each post with its holder on the action's due day: the stored due date
    /// (<see cref="ActionItem.DueOn"/>: the due date, or else the date of the meeting it is due back at), or for an
    /// action due at no date, the day of the meeting that raised it. Acting holdings count; where holdings overlap, a
    /// substantive holder comes before an acting one (as the owner picker lists them), then the latest appointed.
    /// </summary>
    public static IQueryable<OwnerWithHolder> Of(IQueryable<ActionItem> actions, AppDbContext db) =>
        from a in actions
        from o in a.Owners
        // The raising meeting's date as a subquery rather than a join: SQLite then reads the meeting only for an action
        // due at no date, never for the dashboard's overdue ones (a join costs ~15 ms there on 100,000 actions).
        let dueDay = a.DueOn ?? db.Meetings.Where(m => m.Id == a.MeetingId).Select(m => m.Date).First()
        select new OwnerWithHolder
        {
            Id = o.Id,
            ActionItemId = a.Id,
            PersonId = o.PersonId,
            PostId = o.PostId,
            BodyName = o.BodyName,
            HolderId = o.PostId == null ? null : db.PostHoldings
                .Where(h => h.PostId == o.PostId && h.From <= dueDay && (h.To == null || h.To >= dueDay))
                .OrderBy(h => h.IsActing).ThenByDescending(h => h.From).ThenByDescending(h => h.Id)
                .Select(h => (int?)h.PersonId).FirstOrDefault(),
        };

    /// <summary>
    /// Every post with the person who held it on <paramref name="day"/>, by the same rule as <see cref="Of"/> (acting
    /// holdings count; a substantive holder first, then the latest appointed): whom a notice about a post goes to.
    /// </summary>
    public static IQueryable<PostHolder> On(AppDbContext db, DateOnly day) => db.Posts.Select(p => new PostHolder
    {
        PostId = p.Id,
        PersonId = db.PostHoldings
            .Where(h => h.PostId == p.Id && h.From <= day && (h.To == null || h.To >= day))
            .OrderBy(h => h.IsActing).ThenByDescending(h => h.From).ThenByDescending(h => h.Id)
            .Select(h => (int?)h.PersonId).FirstOrDefault(),
    });
}

/// <summary>A post and its holder on a day; null when nobody held it.</summary>
public sealed class PostHolder
{
    public int PostId { get; init; }
    public int? PersonId { get; init; }
}
