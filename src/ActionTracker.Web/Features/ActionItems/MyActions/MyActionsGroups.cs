using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.ActionItems.MyActions;

/// <summary>One heading of My actions and its rows.</summary>
public sealed record MyActionsGroup(string Heading, IReadOnlyList<TrackerRow> Rows)
{
    public string HeadingId => "group-" + Heading.ToLowerInvariant().Replace(' ', '-');
}

/// <summary>
/// Puts what needs the chief officer first: overdue, then due soon, then actions whose update is awaited at the next meeting,
/// then the rest still being worked on, then those waiting for sign-off, then the recently closed. Each action appears once.
/// </summary>
public static class MyActionsGroups
{
    public const int DueSoonDays = 14;
    public const int ClosedShown = 10;

    public static IReadOnlyList<MyActionsGroup> Build(IReadOnlyList<TrackerRow> rows, DateOnly today)
    {
        var chased = rows.Where(r => ActionStatusRules.Chaseable.Contains(r.Status)).ToList();
        var overdue = chased.Where(r => r.IsOverdue).ToList();
        var dueSoon = chased.Except(overdue).Where(r => r.DueDate <= today.AddDays(DueSoonDays)).ToList();
        var updateAwaited = chased.Except(overdue).Except(dueSoon).Where(r => r.UpdateNotReceived).ToList();
        var later = chased.Except(overdue).Except(dueSoon).Except(updateAwaited).ToList();
        return
        [
            new("Overdue", overdue),
            new($"Due in the next {DueSoonDays} days", dueSoon),
            new("Update awaited", updateAwaited),
            new("Due later", later),
            new("Awaiting sign-off", rows.Where(r => r.Status == ActionStatus.AwaitingSignOff).ToList()),
            new("Closed recently", rows.Where(r => r.Status == ActionStatus.Closed).Take(ClosedShown).ToList()),
        ];
    }
}
