using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>Which status changes an action may make. Cancelled (superseded) is final; a closed action can only be reopened.</summary>
public static class ActionStatusRules
{
    private static readonly Dictionary<ActionStatus, ActionStatus[]> Allowed = new()
    {
        [ActionStatus.Open] = [ActionStatus.InProgress, ActionStatus.AwaitingSignOff, ActionStatus.Closed, ActionStatus.Deferred, ActionStatus.Cancelled],
        [ActionStatus.InProgress] = [ActionStatus.Open, ActionStatus.AwaitingSignOff, ActionStatus.Closed, ActionStatus.Deferred, ActionStatus.Cancelled],
        [ActionStatus.AwaitingSignOff] = [ActionStatus.InProgress, ActionStatus.Closed],
        [ActionStatus.Deferred] = [ActionStatus.Open, ActionStatus.InProgress, ActionStatus.AwaitingSignOff, ActionStatus.Closed, ActionStatus.Cancelled],
        [ActionStatus.Closed] = [ActionStatus.Open],
        [ActionStatus.Cancelled] = [],
    };

    /// <summary>
    /// The statuses in which an action is still being chased and so can be overdue. "Completed – awaiting sign-off" is not
    /// overdue (the owner has done their part), nor are closed or cancelled actions. See docs/decisions/0007.
    /// </summary>
    public static readonly ActionStatus[] Chaseable = [ActionStatus.Open, ActionStatus.InProgress, ActionStatus.Deferred];

    public static bool CanMove(ActionStatus from, ActionStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<ActionStatus> NextFrom(ActionStatus from) => Allowed[from];

    /// <summary>
    /// Through a plain status change an owner may only say work is in progress. Completion goes through
    /// ActionProgressService.CompleteAsync, which asks for evidence; closing, deferring and cancelling are for the
    /// secretariat and chair.
    /// </summary>
    public static bool OwnerMayMoveTo(ActionStatus status) => status is ActionStatus.InProgress;

    /// <summary>Deferring to a named meeting is allowed again from Deferred (to a later meeting), unlike a plain status change.</summary>
    public static bool CanDefer(ActionStatus from) => from == ActionStatus.Deferred || CanMove(from, ActionStatus.Deferred);

    public static bool IsFinished(ActionStatus status) => status is ActionStatus.Closed or ActionStatus.Cancelled;

    public static string Name(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "In progress",
        ActionStatus.AwaitingSignOff => "Completed – awaiting sign-off",
        _ => status.ToString(),
    };
}
