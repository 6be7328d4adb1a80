using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Dashboard;
using ActionTracker.Web.Features.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Features.Dashboard;

/// <summary>The dashboard page in bunit, over the real dashboard service on real SQLite with a known set of actions.</summary>
public sealed class DashboardPageTests : AppBunitContext
{
    // The first render queries the database: generous, for a loaded machine.
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Render_KnownActions_HeadlineFiguresAreTheServicesCounts_EachALinkToItsTrackerView()
    {
        await using var database = await DashboardServiceTests.SeedAsync();
        var data = await database.Dashboard().GetAsync();

        var page = RenderDashboard(database);

        page.WaitForAssertion(() => Assert.Equal($"{data.Overdue.Count}", page.Find("a[data-figure='overdue'] .figure").TextContent), Loaded);
        var overdue = page.Find("a[data-figure='overdue']");
        Assert.Equal(data.Overdue.Href, overdue.GetAttribute("href"));
        Assert.Contains("overdue", page.Find("a[data-figure='overdue'] .figure").ClassList);
        Assert.Equal($"{data.Open.Count}", page.Find("a[data-figure='open'] .figure").TextContent);
    }

    [Fact]
    public async Task Render_KnownActions_OverdueByOwnerTableNamesThePostAndItsHolder_AndLinksEachRowToItsActions()
    {
        await using var database = await DashboardServiceTests.SeedAsync();
        var data = await database.Dashboard().GetAsync();

        var page = RenderDashboard(database);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#overdue-by-owner-table tbody tr")), Loaded);
        var rows = page.FindAll("#overdue-by-owner-table tbody tr")
            .Select(row => (Owner: row.QuerySelector("th")!.TextContent, Href: row.QuerySelector("a")!.GetAttribute("href")))
            .ToList();
        Assert.Contains(("DCC (Rachel Jones)", data.OverdueByOwner.Bars.Single(b => b.Label == "DCC (Rachel Jones)").Href), rows);
        Assert.Equal(data.OverdueByOwner.Bars.Select(b => b.Label), rows.Select(r => r.Owner));
    }

    [Fact]
    public async Task Render_KnownActions_EachChartIsHiddenFromScreenReaders_ItsTableIsNot()
    {
        await using var database = await DashboardServiceTests.SeedAsync();

        var page = RenderDashboard(database);

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll(".dashboard-chart").Count), Loaded);
        Assert.All(page.FindAll(".dashboard-chart"), chart => Assert.Equal("true", chart.GetAttribute("aria-hidden")));
        Assert.All(page.FindAll("details.chart-table"), table => Assert.Null(table.Closest("[aria-hidden='true']")));
    }

    private IRenderedComponent<DashboardPage> RenderDashboard(DashboardDatabase database)
    {
        Services.AddSingleton(database.Dashboard());
        Services.AddSingleton<IChangeNotifier>(new InProcessChangeNotifier(new SharedReads(), NullLogger<InProcessChangeNotifier>.Instance));
        return Render<DashboardPage>();
    }
}
