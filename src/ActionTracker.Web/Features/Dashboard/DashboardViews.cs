using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Tracker;

namespace ActionTracker.Web.Features.Dashboard;

/// <summary>
/// The tracker views behind the dashboard. Every figure is counted through its own view's query, so following a figure's
/// link shows exactly the actions it counts.
/// </summary>
public sealed class DashboardViews(DateOnly today)
{
    public const int DueSoonDays = 14;
    public const int MonthsShown = 12;

    public DateOnly Today => today;

    public static ActionFilter Open { get; } = new() { Statuses = ActionStatusRules.Chaseable };

    /// <summary>Most overdue first, which is also the order of the dashboard's list.</summary>
    public static ActionFilter Overdue { get; } = new() { OverdueOnly = true, Sort = "due" };

    public static ActionFilter AwaitingSignOff { get; } = new() { Statuses = [ActionStatus.AwaitingSignOff] };

    public ActionFilter DueSoon => Open with { DueFrom = today, DueTo = today.AddDays(DueSoonDays), Sort = "due" };

    /// <summary>The calendar quarter containing today, in London.</summary>
    public ActionFilter ClosedThisQuarter
    {
        get
        {
            var start = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
            return Closed(start, start.AddMonths(3).AddDays(-1));
        }
    }

    /// <summary>An owner row: "named-person:5" (named personally, not through a post), "post:3" or "body:the CRB".</summary>
    public static ActionFilter OverdueOwnedBy(string owner) => Overdue with { Owner = owner };

    public static ActionFilter OverdueInSeries(int seriesId) => Overdue with { SeriesId = seriesId };

    public static ActionFilter OverdueInTheme(string? theme) => Overdue with { Theme = theme ?? ActionFilter.NoTheme };

    /// <summary>Days overdue: over 90, 31–90 and 1–30, oldest first; <see cref="AgeingStarts"/> splits them in SQL.</summary>
    public IReadOnlyList<(string Label, ActionFilter Filter)> Ageing =>
    [
        ("Over 90 days", Overdue with { DueTo = today.AddDays(-91) }),
        ("31–90 days", Overdue with { DueFrom = today.AddDays(-90), DueTo = today.AddDays(-31) }),
        ("1–30 days", Overdue with { DueFrom = today.AddDays(-30), DueTo = today.AddDays(-1) }),
    ];

    /// <summary>The due dates from which an overdue action is 31–90 days overdue, and from which 1–30.</summary>
    public (DateOnly From90Days, DateOnly From30Days) AgeingStarts => (today.AddDays(-90), today.AddDays(-30));

    /// <summary>The first days of the last twelve months, this month last.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var thisMonth = new DateOnly(today.Year, today.Month, 1);
            return Enumerable.Range(1 - MonthsShown, MonthsShown).Select(thisMonth.AddMonths).ToList();
        }
    }

    /// <summary>Raised at a meeting held in the months from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static ActionFilter Raised(DateOnly first, DateOnly last) => new() { RaisedFrom = first, RaisedTo = EndOfMonth(last) };

    /// <summary>Closed (London days) between two days.</summary>
    public static ActionFilter Closed(DateOnly from, DateOnly to) => new() { Statuses = [ActionStatus.Closed], ClosedFrom = from, ClosedTo = to };

    public static DateOnly EndOfMonth(DateOnly month) => new DateOnly(month.Year, month.Month, 1).AddMonths(1).AddDays(-1);
}
