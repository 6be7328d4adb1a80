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
        var headline = InParallel(db => HeadlineAsync(db, views, ct), ct);
        var owners = InParallel(db => ByOwnerAsync(db, views.Today, ct), ct);
        var breakdowns = InParallel(db => OverdueBreakdownsAsync(db, views, ct), ct);
        var months = InParallel(db => MonthsAsync(db, views, ct), ct);
        var mostOverdue = Task.Run(() => actions.QueryAsync(DashboardViews.Overdue, 0, MostOverdueShown, ct), ct);
        await Task.WhenAll(headline, owners, breakdowns, months, mostOverdue);

        var (open, overdue, dueSoon, awaiting, closed) = await headline;
        var (series, themes, ageing) = await breakdowns;
        return new DashboardData(open, overdue, dueSoon, awaiting, closed, await owners, series, themes, ageing, await months, (await mostOverdue).Rows);
    }

    // The queries are independent. Microsoft.Data.Sqlite's async methods run synchronously, so each goes to the thread
    // pool with its own context and connection: the page then waits for the slowest query rather than for their sum
    // (on 100,000 actions and two cores, about 35 ms against 60).
    private Task<T> InParallel<T>(Func<AppDbContext, Task<T>> query, CancellationToken ct) => Task.Run(async () =>
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await query(db);
    }, ct);

    private static async Task<(Figure, Figure, Figure, Figure, Figure)> HeadlineAsync(AppDbContext db, DashboardViews views, CancellationToken ct) => (
        await CountAsync(db, "open", DashboardViews.Open, views.Today, ct),
        await CountAsync(db, "overdue", DashboardViews.Overdue, views.Today, ct),
        await CountAsync(db, $"due in the next {DashboardViews.DueSoonDays} days", views.DueSoon, views.Today, ct),
        await CountAsync(db, "awaiting sign-off", DashboardViews.AwaitingSignOff, views.Today, ct),
        await CountAsync(db, "closed this quarter", views.ClosedThisQuarter, views.Today, ct));

    private static async Task<Figure> CountAsync(AppDbContext db, string label, ActionFilter filter, DateOnly today, CancellationToken ct) =>
        new(label, await ActionQuery.Apply(db, filter, today).CountAsync(ct), filter);

    // Grouped by the owner row itself (a person named personally, a post, or a body), a post further by who held it on
    // the action's due day, so that "ACC (Richard Cooper)" and "ACC (Sarah Mills)" are bars of their own: an action with
    // two owners counts under each.
    private static async Task<Breakdown> ByOwnerAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        // Names are joined to the few hundred groups, not to every owner row before grouping. An owner appears at most once
        // per action (unique indexes), so a group's rows are its actions.
        var counts = OwnerHolders.Of(ActionQuery.Apply(db, DashboardViews.Overdue, today), db)
            .GroupBy(o => new { o.PersonId, o.PostId, o.BodyName, o.HolderId })
            .Select(g => new { g.Key.PersonId, g.Key.PostId, g.Key.BodyName, g.Key.HolderId, Count = g.Count() });
        var groups = await (
                from c in counts
                from person in db.People.Where(p => p.Id == c.PersonId).DefaultIfEmpty()
                from post in db.Posts.Where(p => p.Id == c.PostId).DefaultIfEmpty()
                from holder in db.People.Where(p => p.Id == c.HolderId).DefaultIfEmpty()
                select new
                {
                    c.PersonId, PersonName = person == null ? null : person.Name, c.PostId, Abbreviation = post == null ? null : post.Abbreviation,
                    c.HolderId, HolderName = holder == null ? null : holder.Name, c.BodyName, c.Count,
                })
            .ToListAsync(ct);
        return Top(groups.Select(g => g switch
        {
            { PersonId: { } id } => new Figure(g.PersonName!, g.Count, DashboardViews.OverdueOwnedBy($"named-person:{id}")),
            { PostId: { } id } => new Figure(OwnerText.Post(g.Abbreviation!, g.HolderName), g.Count,
                DashboardViews.OverdueOwnedBy(ActionFilter.PostHeldBy(id, g.HolderId))),
            _ => new Figure(g.BodyName!, g.Count, DashboardViews.OverdueOwnedBy($"body:{g.BodyName}")),
        }));
    }

    // One pass over the overdue actions, grouped by series, theme and age together (a few hundred groups at most), then
    // added up three ways: cheaper than three passes, each bar's figure still the count of its own tracker view.
    private static async Task<(Breakdown Series, Breakdown Themes, Breakdown Ageing)> OverdueBreakdownsAsync(
        AppDbContext db, DashboardViews views, CancellationToken ct)
    {
        var (over90, over30) = views.AgeingStarts;
        var groups = await ActionQuery.Apply(db, DashboardViews.Overdue, views.Today)
            .GroupBy(a => new { a.Meeting!.SeriesId, a.Meeting.Series!.Name, a.Theme, Age = a.DueOn < over90 ? 0 : a.DueOn < over30 ? 1 : 2 })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var series = groups.GroupBy(g => (g.Key.SeriesId, g.Key.Name))
            .Select(s => new Figure(s.Key.Name, s.Sum(g => g.Count), DashboardViews.OverdueInSeries(s.Key.SeriesId)));
        var themes = groups.GroupBy(g => g.Key.Theme)
            .Select(t => new Figure(t.Key ?? "No theme", t.Sum(g => g.Count), DashboardViews.OverdueInTheme(t.Key)));
        var ageing = views.Ageing.Select((bucket, i) => new Figure(bucket.Label, groups.Where(g => g.Key.Age == i).Sum(g => g.Count), bucket.Filter));
        return (Top(series), Top(themes), new Breakdown(ageing.ToList()));
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
