using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>
/// The notices a change to an action causes. The action services call these inside their save, before SaveChanges, so a
/// notice is written in the same transaction as its change (decision 0022). Owners are the people who must act today.
/// </summary>
public static class ActionNotifications
{
    /// <summary>To the owners an action was raised for or reassigned to (not those who already owned it).</summary>
    public static async Task OwnersAddedAsync(AppDbContext db, ActionItem action, IReadOnlyCollection<OwnerChoice> ownersBefore, AppClock clock, CancellationToken ct)
    {
        var directory = await OwnerDirectory.LoadAsync(db, clock.Today, ct);
        var added = directory.AccountsOf(action.Owners.Select(o => new OwnerChoice(o.PersonId, o.PostId, o.BodyName))).Except(directory.AccountsOf(ownersBefore));
        var meeting = await db.Meetings.Where(m => m.Id == action.MeetingId).Select(m => new { m.Title, m.Date }).SingleAsync(ct);
        var due = action.DueDate is { } date ? UkFormat.Date(date) : await DueBackAtAsync(db, action.TargetMeetingId, ct);
        NotificationOutbox.Add(db, added, new NoticeText(NotificationKind.Assigned,
            $"Action {action.Reference} is assigned to you",
            $"{action.Description}\n\nRaised at {meeting.Title} on {UkFormat.Date(meeting.Date)}.\nDue: {due}."), clock.UtcNow, action);
    }

    /// <summary>
    /// A status change that someone else must act on or hear about: completion waits for the secretariat's sign-off;
    /// sign-off and reopening are decisions the owners hear of.
    /// </summary>
    public static async Task StatusChangedAsync(AppDbContext db, ActionItem action, ActionStatus from, string by, string? note, AppClock clock, CancellationToken ct)
    {
        var noteLine = string.IsNullOrWhiteSpace(note) ? "" : $"\n\n{note.Trim()}";
        if (action.Status == ActionStatus.AwaitingSignOff)
        {
            NotificationOutbox.Add(db, await NotificationRecipients.SecretariatAsync(db, ct), new NoticeText(NotificationKind.AwaitingSignOff,
                $"Action {action.Reference} is completed and awaits your sign-off",
                $"{by} marked this action complete: {action.Description}{noteLine}"), clock.UtcNow, action);
        }
        else if (from == ActionStatus.AwaitingSignOff && action.Status == ActionStatus.Closed)
        {
            await ToOwnersAsync(db, action, $"Action {action.Reference} is signed off", $"{by} signed off this action: {action.Description}{noteLine}", clock, ct);
        }
        else if (from is ActionStatus.AwaitingSignOff or ActionStatus.Closed && ActionStatusRules.Chaseable.Contains(action.Status))
        {
            await ToOwnersAsync(db, action, $"Action {action.Reference} is reopened",
                $"{by} reopened this action, so it needs more work: {action.Description}{noteLine}", clock, ct);
        }
    }

    /// <summary>To the secretariat, who decide extensions.</summary>
    public static async Task ExtensionRequestedAsync(AppDbContext db, ActionItem action, ExtensionRequest request, AppClock clock, CancellationToken ct) =>
        NotificationOutbox.Add(db, await NotificationRecipients.SecretariatAsync(db, ct), new NoticeText(NotificationKind.ExtensionRequested,
            $"More time is asked for on action {action.Reference}",
            $"{request.RequestedBy} asks for the due date to move to {UkFormat.Date(request.RequestedDueDate)}: {request.Reason}\n\n{action.Description}"),
            clock.UtcNow, action);

    /// <summary>To the owners, once the secretariat or chair has decided their request.</summary>
    public static Task ExtensionDecidedAsync(AppDbContext db, ActionItem action, ExtensionRequest request, AppClock clock, CancellationToken ct)
    {
        var decision = request.Decision == ExtensionDecision.Approved ? "approved" : "declined";
        var note = string.IsNullOrWhiteSpace(request.DecisionNote) ? "" : $"\n\n{request.DecisionNote}";
        return ToOwnersAsync(db, action, $"Extension {decision} for action {action.Reference}",
            $"{request.DecidedBy} {decision} the request to move the due date to {UkFormat.Date(request.RequestedDueDate)}.{note}\n\n{action.Description}", clock, ct);
    }

    private static async Task ToOwnersAsync(AppDbContext db, ActionItem action, string subject, string body, AppClock clock, CancellationToken ct) =>
        NotificationOutbox.Add(db, await NotificationRecipients.OwnersOfAsync(db, action.Id, clock.Today, ct),
            new NoticeText(NotificationKind.Decided, subject, body), clock.UtcNow, action);

    private static async Task<string> DueBackAtAsync(AppDbContext db, int? meetingId, CancellationToken ct) =>
        await db.Meetings.Where(m => m.Id == meetingId).Select(m => new { m.Title, m.Date }).SingleOrDefaultAsync(ct) is { } meeting
            ? $"at {meeting.Title} on {UkFormat.Date(meeting.Date)}" : "no date set";
}
