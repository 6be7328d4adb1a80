using System.Linq.Expressions;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Tracker;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Dashboard;

/// <summary>
/// The dashboard's figures, every one counted or grouped in SQL over the same <see cref="ActionQuery"/> as the tracker
/// view it links to; no action row is read into memory except the ten most overdue.
/// </summary>
public sealed class DashboardService(IDbContextFactory<AppDbContext> dbFactory, ActionItemService actions, AppClock clock)
{
    /// <summary>More bars than this make a chart unreadable; the rest are counted and reachable through the overdue view.</summary>
    public const int MaxBars = 12;
    public const int MostOverdueShown = 10;

    public async Task<DashboardData> GetAsync(CancellationToken ct = default)
    {
        var views = new DashboardViews(clock.Today);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = await CountAsync(db, "open", DashboardViews.Open, views.Today, ct);
        var overdue = await CountAsync(db, "overdue", DashboardViews.Overdue, views.Today, ct);
        var dueSoon = await CountAsync(db, $"due in the next {DashboardViews.DueSoonDays} days", views.DueSoon, views.Today, ct);
        var awaiting = await CountAsync(db, "awaiting sign-off", DashboardViews.AwaitingSignOff, views.Today, ct);
        var closed = await CountAsync(db, "closed this quarter", views.ClosedThisQuarter, views.Today, ct);
        var mostOverdue = await actions.QueryAsync(DashboardViews.Overdue, 0, MostOverdueShown, ct);
        return new DashboardData(open, overdue, dueSoon, awaiting, closed,
            await ByOwnerAsync(db, views.Today, ct), await BySeriesAsync(db, views.Today, ct), await ByThemeAsync(db, views.Today, ct),
            await AgeingAsync(db, views, ct), await MonthsAsync(db, views, ct), mostOverdue.Rows);
    }

    private static async Task<Figure> CountAsync(AppDbContext db, string label, ActionFilter filter, DateOnly today, CancellationToken ct) =>
        new(label, await ActionQuery.Apply(db, filter, today).CountAsync(ct), filter);

    // Grouped by the owner row itself (a person named personally, a post, or a body): an action with two owners counts under each.
    private static async Task<Breakdown> ByOwnerAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var overdue = ActionQuery.Apply(db, DashboardViews.Overdue, today);
        var groups = await db.ActionOwners.AsNoTracking()
            .Where(o => overdue.Any(a => a.Id == o.ActionItemId))
            .GroupBy(o => new { o.PersonId, PersonName = o.Person!.Name, o.PostId, o.Post!.Abbreviation, o.BodyName })
            .Select(g => new { g.Key, Count = g.Select(o => o.ActionItemId).Distinct().Count() })
            .ToListAsync(ct);
        return Top(groups.Select(g => g.Key switch
        {
            { PersonId: { } id } => new Figure(g.Key.PersonName!, g.Count, DashboardViews.OverdueOwnedBy($"named-person:{id}")),
            { PostId: { } id } => new Figure(g.Key.Abbreviation!, g.Count, DashboardViews.OverdueOwnedBy($"post:{id}")),
            _ => new Figure(g.Key.BodyName!, g.Count, DashboardViews.OverdueOwnedBy($"body:{g.Key.BodyName}")),
        }));
    }

    private static async Task<Breakdown> BySeriesAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var groups = await ActionQuery.Apply(db, DashboardViews.Overdue, today)
            .GroupBy(a => new { a.Meeting!.SeriesId, a.Meeting.Series!.Name })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return Top(groups.Select(g => new Figure(g.Key.Name, g.Count, DashboardViews.OverdueInSeries(g.Key.SeriesId))));
    }

    private static async Task<Breakdown> ByThemeAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var groups = await ActionQuery.Apply(db, DashboardViews.Overdue, today)
            .GroupBy(a => a.Theme)
            .Select(g => new { Theme = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return Top(groups.Select(g => new Figure(g.Theme ?? "No theme", g.Count, DashboardViews.OverdueInTheme(g.Theme))));
    }

    private static async Task<Breakdown> AgeingAsync(AppDbContext db, DashboardViews views, CancellationToken ct)
    {
        var counts = await CountByBucketAsync(
            ActionQuery.Apply(db, DashboardViews.Overdue, views.Today), a => a.DueDate ?? (DateOnly?)a.TargetMeeting!.Date, views.AgeingStarts, ct);
        return new Breakdown(views.Ageing.Select((bucket, i) => new Figure(bucket.Label, counts.GetValueOrDefault(i), bucket.Filter)).ToList());
    }

    private static async Task<IReadOnlyList<MonthFigures>> MonthsAsync(AppDbContext db, DashboardViews views, CancellationToken ct)
    {
        var months = views.Months;
        var (first, last) = (months[0], months[^1]);
        var raised = await CountByBucketAsync(
            ActionQuery.Apply(db, DashboardViews.Raised(first, last), views.Today), a => a.Meeting!.Date, months.Skip(1).ToList(), ct);
        var closed = await CountByBucketAsync(
            ActionQuery.Apply(db, DashboardViews.Closed(first, DashboardViews.EndOfMonth(last)), views.Today),
            a => a.ClosedAtUtc, months.Skip(1).Select(m => (DateTime?)AppClock.StartOfDayUtc(m)).ToList(), ct);
        return months.Select((month, i) => new MonthFigures(month,
            new Figure("Raised", raised.GetValueOrDefault(i), DashboardViews.Raised(month, month)),
            new Figure("Closed", closed.GetValueOrDefault(i), DashboardViews.Closed(month, DashboardViews.EndOfMonth(month))))).ToList();
    }

    private static async Task<Dictionary<int, int>> CountByBucketAsync<T>(
        IQueryable<ActionItem> query, Expression<Func<ActionItem, T>> value,
        IReadOnlyList<T> starts, CancellationToken ct) =>
        await query.GroupBy(Buckets.Index(value, starts)).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    private static Breakdown Top(IEnumerable<Figure> figures)
    {
        var ordered = figures.OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.OrdinalIgnoreCase).ToList();
        return new Breakdown(ordered.Take(MaxBars).ToList(), ordered.Count - Math.Min(ordered.Count, MaxBars));
    }
}
