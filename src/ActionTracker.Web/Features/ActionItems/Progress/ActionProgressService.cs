using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Notifications;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.ActionItems.Progress;

/// <summary>
/// Between meetings: owners report progress, complete with evidence and ask for more time; the secretariat and chair sign
/// off, decide extensions and defer. Every change is validated, checked against the caller's role, saved with its
/// history row, then published.
/// </summary>
public sealed class ActionProgressService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    AppClock clock,
    IChangeNotifier notifier,
    IValidator<AddProgressUpdate> updateValidator,
    IValidator<CompleteAction> completeValidator,
    IValidator<SignOffAction> signOffValidator,
    IValidator<RequestExtension> requestValidator,
    IValidator<DecideExtension> decideValidator,
    IValidator<DeferAction> deferValidator,
    IValidator<ChangeDueDate> dueDateValidator)
{
    public Task AddUpdateAsync(AddProgressUpdate input, CancellationToken ct = default) =>
        ChangeAsync(input.ActionItemId, null, ownersMayAct: true, () => updateValidator.ValidateAndThrowAsync(input, ct), (_, action, history) =>
        {
            Require(!ActionStatusRules.IsFinished(action.Status), nameof(AddProgressUpdate.Text),
                $"This action is {ActionStatusRules.Name(action.Status).ToLowerInvariant()}: reopen it before adding updates.");
            history.Record(action, "Update", null, null, input.Text.Trim());
            return Task.CompletedTask;
        }, ct);

    public Task CompleteAsync(CompleteAction input, CancellationToken ct = default) =>
        ChangeAsync(input.ActionItemId, input.Version, ownersMayAct: true, () => completeValidator.ValidateAndThrowAsync(input, ct), (db, action, history) =>
        {
            Require(ActionStatusRules.Chaseable.Contains(action.Status), nameof(CompleteAction.Evidence),
                $"Only an open, in-progress or deferred action can be completed; this one is '{ActionStatusRules.Name(action.Status)}'.");
            history.Record(action, "Status", ActionStatusRules.Name(action.Status), ActionStatusRules.Name(ActionStatus.AwaitingSignOff),
                input.Evidence.Trim(), string.IsNullOrWhiteSpace(input.Link) ? null : input.Link.Trim());
            var from = action.Status;
            action.Status = ActionStatus.AwaitingSignOff;
            return ActionNotifications.StatusChangedAsync(db, action, from, history.By, input.Evidence, clock, ct);
        }, ct);

    public Task SignOffAsync(SignOffAction input, CancellationToken ct = default) =>
        ChangeAsync(input.ActionItemId, input.Version, ownersMayAct: false, () => signOffValidator.ValidateAndThrowAsync(input, ct), (db, action, history) =>
        {
            Require(action.Status == ActionStatus.AwaitingSignOff, nameof(SignOffAction.Note),
                $"Only an action completed by its owner can be signed off; this one is '{ActionStatusRules.Name(action.Status)}'.");
            history.Record(action, "Signed off", ActionStatusRules.Name(action.Status), ActionStatusRules.Name(ActionStatus.Closed), input.Note?.Trim());
            action.Status = ActionStatus.Closed;
            action.ClosedAtUtc = clock.UtcNow;
            return ActionNotifications.StatusChangedAsync(db, action, ActionStatus.AwaitingSignOff, history.By, input.Note, clock, ct);
        }, ct);

    public Task RequestExtensionAsync(RequestExtension input, CancellationToken ct = default) =>
        ChangeAsync(input.ActionItemId, null, ownersMayAct: true, () => requestValidator.ValidateAndThrowAsync(input, ct), async (db, action, history) =>
        {
            Require(ActionStatusRules.Chaseable.Contains(action.Status), nameof(RequestExtension.NewDueDate), "Only an action still being worked on can be extended.");
            Require(!await db.ExtensionRequests.AnyAsync(r => r.ActionItemId == action.Id && r.Decision == ExtensionDecision.Pending, ct),
                nameof(RequestExtension.NewDueDate), "An extension request for this action is already waiting for a decision.");
            Require(action.DueDate is not { } due || input.NewDueDate > due, nameof(RequestExtension.NewDueDate),
                $"An extension must be later than the current due date ({UkFormat.Date(action.DueDate)}).");
            var request = new ExtensionRequest
            {
                RequestedDueDate = input.NewDueDate!.Value, Reason = input.Reason.Trim(), RequestedBy = history.By, RequestedAtUtc = clock.UtcNow,
            };
            action.ExtensionRequests.Add(request);
            history.Record(action, "Extension requested", UkFormat.Date(action.DueDate), UkFormat.Date(input.NewDueDate), input.Reason.Trim());
            await ActionNotifications.ExtensionRequestedAsync(db, action, request, clock, ct);
        }, ct);

    public async Task DecideExtensionAsync(DecideExtension input, CancellationToken ct = default)
    {
        // Permission before the lookup, so that nobody else can even learn which request ids exist.
        await currentUser.EnsureAsync(Permission.ManageActions);
        int actionItemId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            actionItemId = await db.ExtensionRequests.Where(r => r.Id == input.RequestId).Select(r => (int?)r.ActionItemId).SingleOrDefaultAsync(ct)
                ?? throw new ConcurrencyConflictException("That extension request no longer exists.");
        }

        await ChangeAsync(actionItemId, null, ownersMayAct: false, () => decideValidator.ValidateAndThrowAsync(input, ct), async (db, action, history) =>
        {
            var request = await VersionedRows.FindForEditAsync(db.ExtensionRequests, input.RequestId, input.Version, "extension request", ct);
            Require(request.Decision == ExtensionDecision.Pending, nameof(DecideExtension.Note), "This extension request has already been decided.");
            Require(!input.Approve || ActionStatusRules.Chaseable.Contains(action.Status), nameof(DecideExtension.Note),
                $"The action is now {ActionStatusRules.Name(action.Status).ToLowerInvariant()}, so its due date can no longer be extended: decline the request.");
            request.Decision = input.Approve ? ExtensionDecision.Approved : ExtensionDecision.Declined;
            request.DecidedBy = history.By;
            request.DecidedAtUtc = clock.UtcNow;
            request.DecisionNote = input.Note?.Trim();
            history.Record(action, input.Approve ? "Extension approved" : "Extension declined", null, UkFormat.Date(request.RequestedDueDate), input.Note?.Trim());
            if (input.Approve)
            {
                history.Record(action, "Due date", UkFormat.Date(action.DueDate), UkFormat.Date(request.RequestedDueDate));
                action.DueDate = request.RequestedDueDate;
            }

            await ActionNotifications.ExtensionDecidedAsync(db, action, request, clock, ct);
        }, ct);
    }

    public Task DeferAsync(DeferAction input, CancellationToken ct = default) =>
        ChangeAsync(input.ActionItemId, input.Version, ownersMayAct: false, () => deferValidator.ValidateAndThrowAsync(input, ct), async (db, action, history) =>
        {
            var target = await db.Meetings.Where(m => m.Id == input.TargetMeetingId).Select(m => new { m.Title, m.Date }).SingleOrDefaultAsync(ct);
            Require(target is not null && target.Date >= clock.Today, nameof(DeferAction.TargetMeetingId), "Defer the action to a meeting that has not yet happened.");
            Require(ActionStatusRules.CanDefer(action.Status), nameof(DeferAction.TargetMeetingId),
                $"An action that is '{ActionStatusRules.Name(action.Status)}' cannot be deferred.");
            history.Record(action, "Deferred", ActionStatusRules.Name(action.Status), $"{target!.Title} ({UkFormat.Date(target.Date)})", input.Reason.Trim());
            action.Status = ActionStatus.Deferred;
            action.TargetMeetingId = input.TargetMeetingId;
            action.DeferralCount++;
        }, ct);

    public Task ChangeDueDateAsync(ChangeDueDate input, CancellationToken ct = default) =>
        ChangeAsync(input.ActionItemId, input.Version, ownersMayAct: false, () => dueDateValidator.ValidateAndThrowAsync(input, ct), (_, action, history) =>
        {
            Require(ActionStatusRules.Chaseable.Contains(action.Status), nameof(ChangeDueDate.NewDueDate),
                $"Only an open, in-progress or deferred action has a due date to change; this one is '{ActionStatusRules.Name(action.Status)}'.");
            Require(action.DueDate != input.NewDueDate, nameof(ChangeDueDate.NewDueDate), $"The action is already due on {UkFormat.Date(action.DueDate)}.");
            history.Record(action, "Due date", UkFormat.Date(action.DueDate), UkFormat.Date(input.NewDueDate), input.Reason.Trim());
            action.DueDate = input.NewDueDate;
            return Task.CompletedTask;
        }, ct);

    /// <summary>Permission → validation → load (with the version read, when given) → change and history → save → publish.</summary>
    private async Task ChangeAsync(int actionItemId, Guid? version, bool ownersMayAct, Func<Task> validate,
        Func<AppDbContext, ActionItem, ActionHistory, Task> change, CancellationToken ct)
    {
        if (ownersMayAct)
        {
            await currentUser.EnsureManagesOrOwnsAsync(actionItemId, ct);
        }
        else
        {
            await currentUser.EnsureAsync(Permission.ManageActions);
        }

        await validate();
        var history = new ActionHistory(await currentUser.GetDisplayNameAsync(), clock.UtcNow);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var action = version is { } read
            ? await VersionedRows.FindForEditAsync(db.ActionItems, actionItemId, read, "action", ct)
            : await db.ActionItems.SingleOrDefaultAsync(a => a.Id == actionItemId, ct) ?? throw new ConcurrencyConflictException("This action no longer exists.");
        await change(db, action, history);
        await ActionSaves.SaveAndPublishAsync(db, action, notifier, ct);
    }

    private static void Require(bool condition, string property, string message)
    {
        if (!condition)
        {
            throw new ValidationException([new ValidationFailure(property, message)]);
        }
    }
}
