using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Tracker;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Features.Dashboard;

/// <summary>A figure (or a bar) and the tracker view of exactly the actions it counts.</summary>
public sealed record Figure(string Label, int Count, ActionFilter Filter)
{
    public string Href => "/actions" + Filter.ToQueryString();
}

/// <summary>The bars of a chart; <paramref name="NotShown"/> counts the smaller groups left out to keep it readable.</summary>
public sealed record Breakdown(IReadOnlyList<Figure> Bars, int NotShown = 0);

public sealed record MonthFigures(DateOnly Month, Figure Raised, Figure Closed)
{
    public string Label => Month.ToString("MMM yyyy", UkFormat.Culture);
    public int RaisedCount => Raised.Count;
    public int ClosedCount => Closed.Count;
}

public sealed record DashboardData(
    Figure Open, Figure Overdue, Figure DueSoon, Figure AwaitingSignOff, Figure ClosedThisQuarter,
    Breakdown OverdueByOwner, Breakdown OverdueBySeries, Breakdown OverdueByTheme, Breakdown OverdueAgeing,
    IReadOnlyList<MonthFigures> Months, IReadOnlyList<TrackerRow> MostOverdue);
