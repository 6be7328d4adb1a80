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
            query = query.Where(a => ActionStatusRules.Chaseable.Contains(a.Status) && (a.DueDate ?? (DateOnly?)a.TargetMeeting!.Date) < today);
        }

        if (filter.DueFrom is { } from)
        {
            query = query.Where(a => (a.DueDate ?? (DateOnly?)a.TargetMeeting!.Date) >= from);
        }

        if (filter.DueTo is { } to)
        {
            query = query.Where(a => (a.DueDate ?? (DateOnly?)a.TargetMeeting!.Date) <= to);
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
            var pattern = $"%{search.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            query = query.Where(a => EF.Functions.Like(a.Description, pattern) || EF.Functions.Like(a.Reference, pattern)
                || a.Updates.Any(u => EF.Functions.Like(u.Note!, pattern) || EF.Functions.Like(u.To!, pattern)));
        }

        return query;
    }

    public static IQueryable<ActionItem> Sort(IQueryable<ActionItem> query, string? sort) => sort switch
    {
        "due" => query.OrderBy(a => (a.DueDate ?? (DateOnly?)a.TargetMeeting!.Date) == null).ThenBy(a => a.DueDate ?? (DateOnly?)a.TargetMeeting!.Date).ThenBy(a => a.Id),
        "due-desc" => query.OrderByDescending(a => a.DueDate ?? (DateOnly?)a.TargetMeeting!.Date).ThenBy(a => a.Id),
        "reference" => query.OrderBy(a => a.Reference),
        "status" => query.OrderBy(a => a.Status).ThenBy(a => a.Id),
        _ => query.OrderByDescending(a => a.Meeting!.Date).ThenBy(a => a.MeetingId).ThenBy(a => a.Number),
    };

    private static IQueryable<ActionItem> ApplyOwner(AppDbContext db, IQueryable<ActionItem> query, string? owner, DateOnly today)
    {
        var parts = owner?.Split(':', 2);
        if (parts is not { Length: 2 })
        {
            return query;
        }

        var id = int.TryParse(parts[1], CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        return parts[0] switch
        {
            "person" => query.Where(a => a.Owners.Any(o => o.PersonId == id
                || db.PostHoldings.Any(h => h.PostId == o.PostId && h.PersonId == id && h.From <= today && (h.To == null || h.To >= today)))),
            "named-person" => query.Where(a => a.Owners.Any(o => o.PersonId == id)),
            "post" => query.Where(a => a.Owners.Any(o => o.PostId == id)),
            "body" => query.Where(a => a.Owners.Any(o => o.BodyName == parts[1])),
            _ => query,
        };
    }
}
