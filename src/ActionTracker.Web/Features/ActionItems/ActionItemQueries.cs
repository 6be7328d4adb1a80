using System.Linq.Expressions;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>An action with what every list of actions shows, in one SQL projection.</summary>
public sealed record ActionItemRow(
    int Id, string Reference, int Number, string Description, int MeetingId, string MeetingTitle, DateOnly MeetingDate,
    int? AgendaItemId, string? AgendaNumber, DateOnly? DueDate, int? TargetMeetingId, string? TargetMeetingTitle,
    DateOnly? TargetMeetingDate, ActionStatus Status, string? Theme, int DeferralCount, Guid Version, List<OwnerRow> Owners);

/// <summary>An action's row with its most recent history entry, or null when it has none.</summary>
public sealed record ActionItemRowWithLatestUpdate(ActionItemRow Action, LatestUpdate? LatestUpdate);

/// <summary>When the latest update was made and what it says: its note, else the value it set, else the kind of change.</summary>
public sealed record LatestUpdate(DateTime AtUtc, string Text);

public static class ActionItemQueries
{
    public static readonly Expression<Func<ActionItem, ActionItemRow>> OwnersAndTarget = a => new ActionItemRow(
        a.Id, a.Reference, a.Number, a.Description, a.MeetingId, a.Meeting!.Title, a.Meeting.Date,
        a.AgendaItemId, a.AgendaItem == null ? null : a.AgendaItem.Number, a.DueDate, a.TargetMeetingId,
        a.TargetMeeting == null ? null : a.TargetMeeting.Title, a.TargetMeeting == null ? null : a.TargetMeeting.Date,
        a.Status, a.Theme, a.DeferralCount, a.Version,
        a.Owners.OrderBy(o => o.Id).Select(o => new OwnerRow(o.PersonId, o.Person == null ? null : o.Person.Name,
            o.PostId, o.Post == null ? null : o.Post.Abbreviation, o.BodyName)).ToList());

    /// <summary>
    /// <see cref="OwnersAndTarget"/> plus the latest update, still one SQL statement (no query per action). Built by
    /// splicing <see cref="OwnersAndTarget"/> in, because EF Core cannot translate a call to a compiled projection.
    /// </summary>
    public static readonly Expression<Func<ActionItem, ActionItemRowWithLatestUpdate>> OwnersTargetAndLatestUpdate =
        Splice(OwnersAndTarget, (a, row) => new ActionItemRowWithLatestUpdate(row, a.Updates
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
