using System.Linq.Expressions;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>An action with what every list of actions shows, in one SQL projection.</summary>
public sealed record ActionItemRow(
    int Id, string Reference, int Number, string Description, int MeetingId, string MeetingTitle, DateOnly MeetingDate,
    int? AgendaItemId, string? AgendaNumber, DateOnly? DueDate, int? TargetMeetingId, string? TargetMeetingTitle,
    DateOnly? TargetMeetingDate, ActionStatus Status, string? Theme, int DeferralCount, Guid Version, List<OwnerRow> Owners);

public static class ActionItemQueries
{
    public static readonly Expression<Func<ActionItem, ActionItemRow>> OwnersAndTarget = a => new ActionItemRow(
        a.Id, a.Reference, a.Number, a.Description, a.MeetingId, a.Meeting!.Title, a.Meeting.Date,
        a.AgendaItemId, a.AgendaItem == null ? null : a.AgendaItem.Number, a.DueDate, a.TargetMeetingId,
        a.TargetMeeting == null ? null : a.TargetMeeting.Title, a.TargetMeeting == null ? null : a.TargetMeeting.Date,
        a.Status, a.Theme, a.DeferralCount, a.Version,
        a.Owners.OrderBy(o => o.Id).Select(o => new OwnerRow(o.PersonId, o.Person == null ? null : o.Person.Name,
            o.PostId, o.Post == null ? null : o.Post.Abbreviation, o.BodyName)).ToList());
}
