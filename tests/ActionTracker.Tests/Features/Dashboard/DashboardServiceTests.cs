using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems.Tracker;
using ActionTracker.Web.Features.Dashboard;
using static ActionTracker.Tests.Features.Dashboard.KnownActions;

namespace ActionTracker.Tests.Features.Dashboard;

public sealed class DashboardServiceTests
{
    // Friday 20 November 2026, noon: GMT, in the fourth quarter.
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 20);
    private const string Victims = "Victims";
    private const string Vawg = "VAWG";

    [Fact]
    public async Task GetAsync_KnownActions_HeadlineFigures()
    {
        await using var database = await SeedAsync();

        var data = await database.Dashboard().GetAsync();

        Assert.Equal(12, data.Open.Count);
        Assert.Equal(7, data.Overdue.Count);
        Assert.Equal(2, data.DueSoon.Count);
        Assert.Equal(1, data.AwaitingSignOff.Count);
        Assert.Equal(2, data.ClosedThisQuarter.Count);
        Assert.Equal(new DateOnly(2026, 10, 1), data.ClosedThisQuarter.Filter.ClosedFrom);
        Assert.Equal(new DateOnly(2026, 12, 31), data.ClosedThisQuarter.Filter.ClosedTo);
    }

    [Fact]
    public async Task GetAsync_KnownActions_OverdueByOwnerRow_AnActionWithTwoOwnersUnderEach()
    {
        await using var database = await SeedAsync();

        var data = await database.Dashboard().GetAsync();

        Assert.Equal(
            [("CRB", 3), ("ACC (vacant)", 2), ("DCC (Rachel Jones)", 2), ("Rachel Jones", 2)],
            data.OverdueByOwner.Bars.Select(b => (b.Label, b.Count)));
        Assert.Equal(0, data.OverdueByOwner.NotShown);
    }

    [Fact]
    public async Task GetAsync_PersonNamedPersonally_DistinctFromThePersonWithThePostsTheyHold()
    {
        await using var database = await SeedAsync();

        var rachel = (await database.Dashboard().GetAsync()).OverdueByOwner.Bars.Single(b => b.Label == "Rachel Jones");
        var asPostHolderToo = rachel.Filter with { Owner = rachel.Filter.Owner!.Replace("named-person:", "person:", StringComparison.Ordinal) };

        Assert.StartsWith("named-person:", rachel.Filter.Owner, StringComparison.Ordinal);
        Assert.Equal(2, await database.Actions().CountAsync(rachel.Filter));
        Assert.Equal(3, await database.Actions().CountAsync(asPostHolderToo));
    }

    [Fact]
    public async Task GetAsync_PostHeldByTwoPeopleInTurn_OverdueByOwnerHasABarForEach_EachOpeningExactlyItsActions()
    {
        await using var database = await DashboardDatabase.CreateAsync(Noon);
        var expected = new Dictionary<string, List<int>>();
        await using (var db = database.NewContext())
        {
            var known = new KnownActions(db);
            var (acc, cooper, mills) = (known.Post("ACC"), known.Person("Richard Cooper"), known.Person("Sarah Mills"));
            db.PostHoldings.Add(new PostHolding { Person = cooper, Post = acc, From = new DateOnly(2025, 1, 1), To = new DateOnly(2026, 6, 30) });
            db.PostHoldings.Add(new PostHolding { Person = mills, Post = acc, From = new DateOnly(2026, 7, 1), IsActing = true });
            var meeting = known.Meeting("Holding to account", new DateOnly(2024, 10, 1));
            var actions = new Dictionary<string, ActionItem[]>
            {
                ["ACC (Richard Cooper)"] =
                [
                    known.Action(meeting, ActionStatus.Open, new DateOnly(2025, 1, 1), Victims, By(acc)),       // his first day
                    known.Action(meeting, ActionStatus.InProgress, new DateOnly(2026, 6, 30), Victims, By(acc)), // his last day
                ],
                ["ACC (Sarah Mills)"] = [known.Action(meeting, ActionStatus.Open, new DateOnly(2026, 7, 1), Victims, By(acc))],
                ["ACC (vacant)"] = [known.Action(meeting, ActionStatus.Open, new DateOnly(2024, 12, 31), Victims, By(acc))],
            };
            known.Action(meeting, ActionStatus.Closed, new DateOnly(2026, 3, 1), Victims, By(acc));         // not overdue: not counted
            await db.SaveChangesAsync();
            foreach (var (label, owned) in actions)
            {
                expected[label] = [.. owned.Select(a => a.Id).Order()];
            }
        }

        var bars = (await database.Dashboard().GetAsync()).OverdueByOwner.Bars;

        Assert.Equal([("ACC (Richard Cooper)", 2), ("ACC (Sarah Mills)", 1), ("ACC (vacant)", 1)], bars.Select(b => (b.Label, b.Count)));
        foreach (var bar in bars)
        {
            var page = await database.Actions().QueryAsync(ThroughTheUrl(bar.Filter), 0, 25);
            Assert.Equal(expected[bar.Label], page.Rows.Select(r => r.Id).Order());
            Assert.All(page.Rows, r => Assert.Equal(bar.Label, r.Owners));
        }
    }

    [Fact]
    public async Task GetAsync_KnownActions_OverdueBySeriesAndTheme_NoThemeCountedToo()
    {
        await using var database = await SeedAsync();

        var data = await database.Dashboard().GetAsync();

        Assert.Equal([("Holding to account", 6), ("Assurance", 1)], data.OverdueBySeries.Bars.Select(b => (b.Label, b.Count)));
        Assert.Equal([(Victims, 3), ("No theme", 2), (Vawg, 2)], data.OverdueByTheme.Bars.Select(b => (b.Label, b.Count)));
        Assert.Equal(ActionFilter.NoTheme, data.OverdueByTheme.Bars.Single(b => b.Label == "No theme").Filter.Theme);
    }

    [Fact]
    public async Task GetAsync_AgeingBoundaries_30And31_90And91DaysOverdue()
    {
        await using var database = await SeedAsync();

        var data = await database.Dashboard().GetAsync();

        // 1–30: 1, 5 (via its target meeting), 10 and 30 days; 31–90: 31 and 90 days; over 90: 91 days.
        Assert.Equal([("Over 90 days", 1), ("31–90 days", 2), ("1–30 days", 4)], data.OverdueAgeing.Bars.Select(b => (b.Label, b.Count)));
    }

    [Fact]
    public async Task GetAsync_MostOverdue_OldestFirstWithOwnersAndDays()
    {
        await using var database = await SeedAsync();

        var rows = (await database.Dashboard().GetAsync()).MostOverdue;

        Assert.Equal([91, 90, 31, 30, 10, 5, 1], rows.Select(r => r.DaysOverdue));
        Assert.Equal("ACC (vacant), CRB", rows[0].Owners);
        Assert.Equal("DCC (Rachel Jones), Rachel Jones", rows[^1].Owners);
    }

    [Fact]
    public async Task GetAsync_Months_RaisedByMeetingDate_ClosedByLondonDay()
    {
        await using var database = await SeedAsync();

        var months = (await database.Dashboard().GetAsync()).Months;

        Assert.Equal(12, months.Count);
        Assert.Equal(new DateOnly(2025, 12, 1), months[0].Month);
        Assert.Equal(new DateOnly(2026, 11, 1), months[^1].Month);
        var byMonth = months.ToDictionary(m => m.Month.Month == 12 ? 0 : m.Month.Month, m => (m.RaisedCount, m.ClosedCount));
        Assert.Equal((10, 0), byMonth[8]);
        // Closed at 23:30 UTC on 31 August is 00:30 on 1 September in London (BST); 22:30 UTC on 30 September is still September.
        Assert.Equal((0, 2), byMonth[9]);
        Assert.Equal((8, 1), byMonth[10]);
        Assert.Equal((0, 1), byMonth[11]);
        Assert.Equal(10 + 8, months.Sum(m => m.RaisedCount));
        Assert.Equal(4, months.Sum(m => m.ClosedCount));
    }

    [Fact]
    public async Task GetAsync_EveryFigureAndBar_DrillsDownToATrackerViewOfTheSameCount()
    {
        await using var database = await SeedAsync();
        var data = await database.Dashboard().GetAsync();
        var actions = database.Actions();

        Figure[] figures =
        [
            data.Open, data.Overdue, data.DueSoon, data.AwaitingSignOff, data.ClosedThisQuarter,
            .. data.OverdueByOwner.Bars, .. data.OverdueBySeries.Bars, .. data.OverdueByTheme.Bars, .. data.OverdueAgeing.Bars,
            .. data.Months.SelectMany(m => new[] { m.Raised, m.Closed }),
        ];
        foreach (var figure in figures)
        {
            Assert.True(figure.Count == await actions.CountAsync(ThroughTheUrl(figure.Filter)), $"{figure.Label} ({figure.Href}): {figure.Count}");
        }
    }

    [Theory]
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // BST ended at 01:00 UTC that day: 23:30 GMT, still the 25th.
    [InlineData("2026-03-29T23:30:00Z", "2026-03-30")] // BST began at 01:00 UTC that day: 00:30 BST on the 30th.
    public async Task GetAsync_AroundTheClockChanges_TodayIsLondonsDay(string utcNow, string londonToday)
    {
        var today = DateOnly.Parse(londonToday, System.Globalization.CultureInfo.InvariantCulture);
        await using var database = await DashboardDatabase.CreateAsync(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture));
        await using (var db = database.NewContext())
        {
            var known = new KnownActions(db);
            var meeting = known.Meeting("Holding to account", today.AddDays(-60));
            known.Action(meeting, ActionStatus.Open, today, Victims);
            known.Action(meeting, ActionStatus.Open, today.AddDays(-1), Victims);
            await db.SaveChangesAsync();
        }

        var data = await database.Dashboard().GetAsync();

        Assert.Equal(1, data.Overdue.Count);
        Assert.Equal(today.AddDays(-1), data.MostOverdue.Single().DueDate);
        Assert.Equal(1, data.MostOverdue.Single().DaysOverdue);
        Assert.Equal(1, data.DueSoon.Count);
    }

    internal static async Task<DashboardDatabase> SeedAsync()
    {
        var database = await DashboardDatabase.CreateAsync(Noon);
        await using var db = database.NewContext();
        var known = new KnownActions(db);
        var (dcc, acc, rachel) = (known.Post("DCC"), known.Post("ACC"), known.Person("Rachel Jones"));
        db.PostHoldings.Add(new PostHolding { Person = rachel, Post = dcc, From = new DateOnly(2020, 1, 1) });
        const string crb = "CRB";
        var old = known.Meeting("Holding to account", Today.AddDays(-101));
        var mid = known.Meeting("Assurance", new DateOnly(2026, 10, 10));
        var target = known.Meeting("Holding to account", Today.AddDays(-5));
        var future = known.Meeting("Holding to account", new DateOnly(2026, 12, 15));
        var ancient = known.Meeting("Holding to account", new DateOnly(2025, 11, 28));

        // Raised in October 2026 (8).
        known.Action(mid, ActionStatus.Open, Today, Victims, By(dcc));                                  // due today: due soon, not overdue
        known.Action(mid, ActionStatus.InProgress, Today.AddDays(-1), Victims, By(dcc), By(rachel));     // 1 day overdue, two owners
        known.Action(mid, ActionStatus.AwaitingSignOff, Today.AddDays(-1), Victims, By(dcc));           // awaiting sign-off: never overdue
        known.Action(mid, ActionStatus.Closed, Today.AddDays(-1), Victims, null, Utc(2026, 11, 2, 10, 0), By(dcc));
        known.Action(mid, ActionStatus.Open, null, Victims, By(dcc));                                   // no due date, no target
        known.Action(mid, ActionStatus.Open, Today.AddDays(14), Victims, By(acc));                      // last day of "due soon"
        known.Action(mid, ActionStatus.InProgress, Today.AddDays(15), Victims, By(acc));                // first day after it
        known.Action(mid, ActionStatus.Deferred, null, Victims, future, null, By(acc));                 // due back at a coming meeting

        // Raised in August 2026 (10).
        known.Action(old, ActionStatus.Open, Today.AddDays(-30), null, By(acc));                       // 30 days
        known.Action(old, ActionStatus.Deferred, Today.AddDays(-31), Victims, By(crb));                // 31 days
        known.Action(old, ActionStatus.Open, Today.AddDays(-90), Vawg, By(rachel));                    // 90 days
        known.Action(old, ActionStatus.Open, Today.AddDays(-91), Vawg, By(acc), By(crb));              // 91 days
        known.Action(old, ActionStatus.Open, null, Victims, target, null, By(crb));                    // 5 days, through its target meeting
        known.Action(old, ActionStatus.Open, Today.AddDays(-10), null, By(dcc));                       // 10 days
        known.Action(old, ActionStatus.Cancelled, Today.AddDays(-200), Victims, By(dcc));
        known.Action(old, ActionStatus.Closed, Today.AddDays(-60), Victims, null, Utc(2026, 9, 30, 23, 30), By(dcc)); // 1 Oct in London: this quarter
        known.Action(old, ActionStatus.Closed, Today.AddDays(-60), Victims, null, Utc(2026, 9, 30, 22, 30), By(dcc)); // 30 Sep in London: last quarter
        known.Action(old, ActionStatus.Closed, Today.AddDays(-80), Victims, null, Utc(2026, 8, 31, 23, 30), By(dcc)); // 1 Sep in London

        // Raised and closed before the twelve months shown.
        known.Action(ancient, ActionStatus.Closed, null, Victims, null, Utc(2025, 11, 30, 12, 0), By(dcc));
        await db.SaveChangesAsync();
        return database;
    }

    /// <summary>The filter as the tracker reads it back from the figure's link.</summary>
    private static ActionFilter ThroughTheUrl(ActionFilter filter) =>
        ActionFilter.FromQuery(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString()));

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
