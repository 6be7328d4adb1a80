using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Tracker;
using ActionTracker.Web.Features.Dashboard;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Usage: ActionTracker.Bench <database file> [runs, default 50]
if (args.Length is < 1 or > 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: ActionTracker.Bench <existing database file> [runs]");
    return 2;
}

const int WarmUps = 30;
var runs = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{DatabaseSetup.ConnectionStringName}"] = $"Data Source={args[0]}" })
    .Build();
var services = new ServiceCollection()
    .AddLogging()
    .AddActionTrackerDatabase(configuration)
    .AddActionTrackerValidators()
    .AddSingleton(TimeProvider.System)
    .AddSingleton<AppClock>()
    .AddSingleton<SharedReads>()
    .AddSingleton<IChangeNotifier, InProcessChangeNotifier>()
    .AddScoped<AuthenticationStateProvider, Anonymous>()
    .AddScoped<CurrentUser>()
    .AddScoped<ActionItemService>()
    .AddScoped<DashboardService>()
    .BuildServiceProvider();

await using var scope = services.CreateAsyncScope();
var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
int actionCount, busiestPost, busiestSeries;
await using (var db = await dbFactory.CreateDbContextAsync())
{
    // As the app does at start: a database generated before the latest migration gets its indexes.
    await DatabaseSetup.PrepareAsync(db);
    actionCount = await db.ActionItems.CountAsync();
    busiestPost = await db.ActionOwners.Where(o => o.PostId != null).GroupBy(o => o.PostId!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
    busiestSeries = await db.Meetings.GroupBy(m => m.SeriesId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
}

var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();
var actions = scope.ServiceProvider.GetRequiredService<ActionItemService>();
var dashboardP95 = await TimeAsync("dashboard (whole load)", () => dashboard.GetAsync());
string[] trackerViews = ["overdue=true&sort=due", "status=Open", $"owner=post:{busiestPost}", $"series={busiestSeries}", "q=custody"];
var trackerP95 = 0.0;
foreach (var view in trackerViews)
{
    var filter = ActionFilter.FromQuery(QueryHelpers.ParseQuery(view).ToDictionary(p => p.Key, p => (string?)p.Value.ToString()));
    trackerP95 = Math.Max(trackerP95, await TimeAsync($"tracker ?{view} (first page of 25)", () => actions.QueryAsync(filter, 0, 25)));
}

Console.WriteLine(FormattableString.Invariant($"dashboard actions={actionCount} dashboard_p95_ms={dashboardP95:F1} tracker_p95_ms={trackerP95:F1}"));
return 0;

async Task<double> TimeAsync<T>(string name, Func<Task<T>> operation)
{
    for (var i = 0; i < WarmUps; i++)
    {
        await operation();
    }

    var times = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        await operation();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    double Percentile(double p) => times[Math.Max(0, (int)Math.Ceiling(p * times.Count) - 1)];
    Console.WriteLine(FormattableString.Invariant($"{name,-55} p50_ms={Percentile(0.50),7:F1} p95_ms={Percentile(0.95),7:F1}"));
    return Percentile(0.95);
}

// The reads need no signed-in user; a service asks who is calling only when it writes.
internal sealed class Anonymous : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));
}
