using System.Globalization;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.ActionItems.Tracker;

/// <summary>Turns an <see cref="ActionFilter"/> into SQL: filtering, counting and paging all happen in the database.</summary>
public static class ActionQuery
{
    public static IQueryable<ActionItem> Apply(AppDbContext db, ActionFilter filter, DateOnly today)
    {
        var query = db.ActionItems.AsNoTracking();
        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToList();
            query = query.Where(a => statuses.Contains(a.Status));
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(a => ActionStatusRules.Chaseable.Contains(a.Status) && a.DueOn < today);
        }

        if (filter.DueFrom is { } from)
        {
            query = query.Where(a => a.DueOn >= from);
        }

        if (filter.DueTo is { } to)
        {
            query = query.Where(a => a.DueOn <= to);
        }

        if (filter.MeetingId is { } meetingId)
        {
            query = query.Where(a => a.MeetingId == meetingId);
        }

        if (filter.SeriesId is { } seriesId)
        {
            query = query.Where(a => a.Meeting!.SeriesId == seriesId);
        }

        if (filter.Theme == ActionFilter.NoTheme)
        {
            query = query.Where(a => a.Theme == null);
        }
        else if (filter.Theme is { } theme)
        {
            query = query.Where(a => a.Theme == theme);
        }

        if (filter.RaisedFrom is { } raisedFrom)
        {
            query = query.Where(a => a.Meeting!.Date >= raisedFrom);
        }

        if (filter.RaisedTo is { } raisedTo)
        {
            query = query.Where(a => a.Meeting!.Date <= raisedTo);
        }

        // Closing is a moment; the filter's days are London days, so a closure at 23:30 UTC in summer counts on the next day.
        if (filter.ClosedFrom is { } closedFrom)
        {
            var fromUtc = AppClock.StartOfDayUtc(closedFrom);
            query = query.Where(a => a.ClosedAtUtc >= fromUtc);
        }

        if (filter.ClosedTo is { } closedTo)
        {
            var beforeUtc = AppClock.StartOfDayUtc(closedTo.AddDays(1));
            query = query.Where(a => a.ClosedAtUtc < beforeUtc);
        }

        query = ApplyOwner(db, query, filter.Owner, today);
        if (filter.Search is { } search)
        {
            query = query.Where(a => Matching(db, search).Select(s => s.ActionItemId).Contains(a.Id));
        }

        return query;
    }

    public static IQueryable<ActionItem> Sort(IQueryable<ActionItem> query, string? sort) => sort switch
    {
        "due" => query.OrderBy(a => a.DueOn == null).ThenBy(a => a.DueOn).ThenBy(a => a.Id),
        "due-desc" => query.OrderByDescending(a => a.DueOn).ThenBy(a => a.Id),
        "reference" => query.OrderBy(a => a.Reference),
        "status" => query.OrderBy(a => a.Status).ThenBy(a => a.Id),
        _ => query.OrderByDescending(a => a.Meeting!.Date).ThenBy(a => a.MeetingId).ThenBy(a => a.Number),
    };

    /// <summary>
    /// The texts (descriptions, references, updates' notes and new values) containing <paramref name="search"/>, case
    /// apart, from the trigram index (see <see cref="ActionSearchText"/>). A phrase of three or more characters is a
    /// run of trigrams, which the index finds without reading the texts; a shorter one falls back to LIKE over them.
    /// </summary>
    private static IQueryable<ActionSearchText> Matching(AppDbContext db, string search)
    {
        var term = search.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        var pattern = $"%{term}%";
        if (db.Database.IsNpgsql())
        {
            // On PostgreSQL the search texts are a plain table with a trigram index (pg_trgm) that ILIKE uses.
            return db.ActionSearch.Where(s => EF.Functions.ILike(s.Text, pattern));
        }

        if (term.Length < 3)
        {
            return db.ActionSearch.Where(s => EF.Functions.Like(s.Text, pattern));
        }

        var phrase = $"\"{term.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        return db.ActionSearch.FromSql($"SELECT * FROM \"ActionSearch\" WHERE \"ActionSearch\" MATCH {phrase}");
    }

    private static IQueryable<ActionItem> ApplyOwner(AppDbContext db, IQueryable<ActionItem> query, string? owner, DateOnly today)
    {
        var parts = owner?.Split(':', 2);
        if (parts is not { Length: 2 })
        {
            return query;
        }

        var id = Id(parts[1]);
        var heldPosts = db.PostHoldings.Where(h => h.PersonId == id && h.From <= today && (h.To == null || h.To >= today)).Select(h => (int?)h.PostId);

        // "Id IN (the owner's action ids)": SQLite reads the owner index once, rather than probing it for every action.
        var owned = parts[0] switch
        {
            "person" => db.ActionOwners.Where(o => o.PersonId == id || heldPosts.Contains(o.PostId)).Select(o => o.ActionItemId),
            "named-person" => db.ActionOwners.Where(o => o.PersonId == id).Select(o => o.ActionItemId),
            "post" => OwnedByPost(db, parts[1]),
            "body" => db.ActionOwners.Where(o => o.BodyName == parts[1]).Select(o => o.ActionItemId),
            _ => null,
        };
        return owned is null ? query : query.Where(a => owned.Contains(a.Id));
    }

    /// <summary>The ids of the actions of "3", "3:held-by:5" or "3:vacant" (see <see cref="ActionFilter.PostHeldBy"/>).</summary>
    private static IQueryable<int> OwnedByPost(AppDbContext db, string post)
    {
        var parts = post.Split(':');
        var postId = Id(parts[0]);
        return parts switch
        {
            [_] => AnyHolder(postId),
            [_, "held-by", var holder] => HeldBy(Id(holder)),
            [_, "vacant"] => HeldBy(null),
            _ => AnyHolder(-1), // Not a post value: no action, as for an unknown id.
        };

        IQueryable<int> AnyHolder(int id) => db.ActionOwners.Where(o => o.PostId == id).Select(o => o.ActionItemId);

        IQueryable<int> HeldBy(int? holderId) =>
            OwnerHolders.Of(db.ActionItems, db).Where(o => o.PostId == postId && o.HolderId == holderId).Select(o => o.ActionItemId);
    }

    private static int Id(string value) => int.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : -1;
}
