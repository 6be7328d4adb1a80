using System.Globalization;
using ActionTracker.LiveBench;
using Microsoft.Playwright;

// Usage: ActionTracker.LiveBench <bench host dll> [pages=20] [edits=200] [meeting id=2]
// Measures, in one run and on one server: a bare broadcast page (the floor) and the run-meeting page, each with N
// watching pages and the same number of edits. See docs/decisions/0013-live-fanout-benchmark.md for the method.
if (args.Length < 1)
{
    Console.Error.WriteLine("Usage: ActionTracker.LiveBench <path to ActionTracker.BenchHost.dll> [pages] [edits] [meeting id]");
    return 2;
}

if (args[0] == "cross-server")
{
    return await CrossServerBench.RunAsync(args[1..]);
}

var appDll = args[0];
var pages = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
// The demo's draft minutes: published and approved minutes are not edited in place (decision 0020).
var meetingId = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 12;
var runId = Random.Shared.Next(0x100000, 0xFFFFFF).ToString("x", CultureInfo.InvariantCulture);

Console.WriteLine($"load average at start: {LoadAverage()}");
await using var app = await AppProcess.StartAsync(appDll);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--no-first-run", "--disable-extensions", "--mute-audio"],
});

// The minute-taker writes; the watching pages are a chief officer's, who sees the notes as text (an editor's textarea
// takes another person's text as its value, which no DOM observer sees).
var (_, cookieHeader, itemId) = await BenchSignIn.SignInAsync(browser, app.BaseUrl, meetingId, "secretariat@demo.opcc");
var (signedInState, _, _) = await BenchSignIn.SignInAsync(browser, app.BaseUrl, meetingId, "chief.officer@demo.opcc");
using var writer = Writer.SignedIn(app.BaseUrl, cookieHeader);
var run = new FanoutRun(app, browser, writer, signedInState, runId);
var broadcast = new Phase("broadcast", () => Task.FromResult("/bench/broadcast"), (_, token) => writer.BroadcastAsync(token), _ => "value");
var meeting = Phase.Meeting(writer, meetingId, itemId);

// Warm-up, printed, not used: each phase as measured (N pages) with half the edits, repeated until neither phase's edits
// made the server's JIT compile more than a few methods (at most 5 rounds). The server is measured in its steady state:
// profiles (perf, decision 0013) of the measured phases found a fifth to a quarter of their CPU in the JIT, still tiering
// up code that a server running a meeting has long since compiled — code run once per edit reaches its optimised tier
// only after dozens of edits.
var warmUpEdits = Math.Max(20, edits / 2);
const int settledJitMethods = 25;
for (var round = 1; round <= 5; round++)
{
    var warmBroadcast = await run.RunAsync(broadcast, pages, warmUpEdits);
    Console.WriteLine($"warm-up {round} {warmBroadcast.Line()}");
    var warmMeeting = await run.RunAsync(meeting, pages, warmUpEdits);
    Console.WriteLine($"warm-up {round} {warmMeeting.Line()}");
    if (Math.Max(warmBroadcast.Jit.Methods, warmMeeting.Jit.Methods) <= settledJitMethods)
    {
        break;
    }
}

// N pages first, while the item in focus holds only the warm-up's actions (each meeting phase raises edits/2 more
// under it); then one watching page: the write's own cost, so what N pages add (the fan-out) can be told apart.
var bare = await run.RunAsync(broadcast, pages, edits);
Console.WriteLine(bare.Line());
var live = await run.RunAsync(meeting, pages, edits);
Console.WriteLine(live.Line());
var bareOne = await run.RunAsync(broadcast, 1, edits);
Console.WriteLine(bareOne.Line());
var liveOne = await run.RunAsync(meeting, 1, edits);
Console.WriteLine(liveOne.Line());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"fan-out cpu_ms_per_edit_per_extra_page broadcast={(bare.CpuMsPerEdit - bareOne.CpuMsPerEdit) / (pages - 1):F3} meeting={(live.CpuMsPerEdit - liveOne.CpuMsPerEdit) / (pages - 1):F3}; " +
    $"from_start_all_p50_ms added by {pages - 1} more pages: broadcast={bare.AllFromStart.P50 - bareOne.AllFromStart.P50:F1} meeting={live.AllFromStart.P50 - liveOne.AllFromStart.P50:F1}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"meeting/broadcast all_p50={live.AllPages.P50 / bare.AllPages.P50:F2}x (target <= 1.25x) all_p95={live.AllPages.P95 / bare.AllPages.P95:F2}x " +
    $"cpu_per_edit={live.CpuMsPerEdit / bare.CpuMsPerEdit:F2}x cpu_per_extra_page={(live.CpuMsPerEdit - liveOne.CpuMsPerEdit) / (bare.CpuMsPerEdit - bareOne.CpuMsPerEdit):F2}x " +
    $"memory_per_page={live.KbPerPage / bare.KbPerPage:F2}x (target <= 1.5x)"));
Console.WriteLine($"load average at end: {LoadAverage()}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"live-fanout pages={pages} edits={edits} p50_ms={live.AllPages.P50:F0} p95_ms={live.AllPages.P95:F0} max_ms={live.AllPages.Max:F0} first_p50_ms={live.FirstPage.P50:F0} circuit_kb_meeting={live.KbPerPage:F0} circuit_kb_baseline={bare.KbPerPage:F0}"));
return 0;

static string LoadAverage() => BenchSignIn.LoadAverage();

