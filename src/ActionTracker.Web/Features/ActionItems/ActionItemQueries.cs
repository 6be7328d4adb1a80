using System.Linq.Expressions;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>An action with what every list of actions shows.</summary>
public sealed record ActionItemRow(
    int Id, string Reference, int Number, string Description, int MeetingId, string MeetingTitle, DateOnly MeetingDate,
    int? AgendaItemId, string? AgendaNumber, DateOnly? DueDate, int? TargetMeetingId, string? TargetMeetingTitle,
    DateOnly? TargetMeetingDate, ActionStatus Status, string? Theme, int DeferralCount, Guid Version, List<OwnerRow> Owners);

/// <summary>An action's row with its most recent history entry, or null when it has none.</summary>
public sealed record ActionItemRowWithLatestUpdate(ActionItemRow Action, LatestUpdate? LatestUpdate);

/// <summary>When the latest update was made and what it says: its note, else the value it set, else the kind of change.</summary>
public sealed record LatestUpdate(DateTime AtUtc, string Text);

/// <summary>
/// Reads actions as rows: the actions a query selects, in its order, then their owners, each post with its holder on the
/// due day (<see cref="OwnerHolders"/>), by id in a second query. Fetched in one query (or EF's split query, which
/// repeats the filter), SQLite materialises every owner row in the database to join a page's few actions to theirs:
/// over 100 ms on 100,000 actions, against about 1 ms this way.
/// </summary>
public static class ActionItemQueries
{
    public static async Task<List<ActionItemRow>> ToRowsAsync(this IQueryable<ActionItem> actions, AppDbContext db, CancellationToken ct)
    {
        var rows = await actions.Select(WithoutOwners).ToListAsync(ct);
        var owners = await OwnersOfAsync(db, rows.Select(r => r.Id), ct);
        return rows.Select(row => row with { Owners = [.. owners[row.Id]] }).ToList();
    }

    /// <summary>As <see cref="ToRowsAsync"/>, each row with the action's latest update, read in the same statement.</summary>
    public static async Task<List<ActionItemRowWithLatestUpdate>> ToRowsWithLatestUpdateAsync(
        this IQueryable<ActionItem> actions, AppDbContext db, CancellationToken ct)
    {
        var rows = await actions.Select(WithLatestUpdate).ToListAsync(ct);
        var owners = await OwnersOfAsync(db, rows.Select(r => r.Action.Id), ct);
        return rows.Select(row => row with { Action = row.Action with { Owners = [.. owners[row.Action.Id]] } }).ToList();
    }

    private static async Task<ILookup<int, OwnerRow>> OwnersOfAsync(AppDbContext db, IEnumerable<int> actionIds, CancellationToken ct)
    {
        var ids = actionIds.ToList();
        var owners = await (
                from o in OwnerHolders.Of(db.ActionItems.AsNoTracking().Where(a => ids.Contains(a.Id)), db)
                from person in db.People.Where(p => p.Id == o.PersonId).DefaultIfEmpty()
                from post in db.Posts.Where(p => p.Id == o.PostId).DefaultIfEmpty()
                orderby o.Id
                select new
                {
                    o.ActionItemId,
                    Owner = new OwnerRow(o.PersonId, person == null ? null : person.Name, o.PostId, post == null ? null : post.Abbreviation, o.BodyName,
                        // A subquery, not a join: SQLite cannot join on the holder, itself a subquery, without APPLY.
                        db.People.Where(p => p.Id == o.HolderId).Select(p => p.Name).FirstOrDefault()),
                })
            .ToListAsync(ct);
        return owners.ToLookup(o => o.ActionItemId, o => o.Owner);
    }

    private static readonly Expression<Func<ActionItem, ActionItemRow>> WithoutOwners = a => new ActionItemRow(
        a.Id, a.Reference, a.Number, a.Description, a.MeetingId, a.Meeting!.Title, a.Meeting.Date,
        a.AgendaItemId, a.AgendaItem == null ? null : a.AgendaItem.Number, a.DueDate, a.TargetMeetingId,
        a.TargetMeeting == null ? null : a.TargetMeeting.Title, a.TargetMeeting == null ? null : a.TargetMeeting.Date,
        a.Status, a.Theme, a.DeferralCount, a.Version, new List<OwnerRow>());

    // Built by splicing WithoutOwners in, because EF Core cannot translate a call to a compiled projection.
    private static readonly Expression<Func<ActionItem, ActionItemRowWithLatestUpdate>> WithLatestUpdate =
        Splice(WithoutOwners, (a, row) => new ActionItemRowWithLatestUpdate(row, a.Updates
            .OrderByDescending(u => u.AtUtc).ThenByDescending(u => u.Id)
            .Select(u => new LatestUpdate(u.AtUtc, u.Note ?? u.To ?? u.Change)).FirstOrDefault()));

    private static Expression<Func<ActionItem, TResult>> Splice<TInner, TResult>(
        Expression<Func<ActionItem, TInner>> inner, Expression<Func<ActionItem, TInner, TResult>> outer)
    {
        var action = outer.Parameters[0];
        var innerBody = new ReplaceParameter(inner.Parameters[0], action).Visit(inner.Body);
        return Expression.Lambda<Func<ActionItem, TResult>>(new ReplaceParameter(outer.Parameters[1], innerBody).Visit(outer.Body), action);
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
