using System.Globalization;
using Microsoft.Playwright;

namespace ActionTracker.LiveBench;

/// <summary>
/// bench/cross-server.sh: in one run on one PostgreSQL database, servers A and B with the N watching pages split between
/// them (the writer's edits go to A), and a single server S with all N pages; the same edits as the live fan-out bench.
/// Then the notes being typed: a minute-taker's page on A types, N read-only pages (half on A, half on B) show the draft;
/// latency from each keystroke that completes a token to that token in every page.
/// Usage: ActionTracker.LiveBench cross-server &lt;bench host dll&gt; &lt;PostgreSQL connection string&gt; [pages=20] [edits=200] [meeting=2]
/// </summary>
public static class CrossServerBench
{
    private const string Secretariat = "secretariat@demo.opcc";
    private const string Watcher = "chief.officer@demo.opcc";

    public static async Task<int> RunAsync(string[] args)
    {
        var (appDll, connection) = (args[0], args[1]);
        var pages = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var edits = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200;
        var meetingId = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2;
        var runId = Random.Shared.Next(0x100000, 0xFFFFFF).ToString("x", CultureInfo.InvariantCulture);
        var postgres = new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__ActionTracker"] = connection };

        Console.WriteLine($"load average at start: {BenchSignIn.LoadAverage()}");
        // A migrates and loads the demo data; the others start on what it made.
        await using var a = await AppProcess.StartAsync(appDll, postgres);
        await using var b = await AppProcess.StartAsync(appDll, postgres);
        await using var single = await AppProcess.StartAsync(appDll, postgres);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--disable-extensions", "--mute-audio"],
        });

        var (writerStateA, cookieA, itemId) = await BenchSignIn.SignInAsync(browser, a.BaseUrl, meetingId, Secretariat);
        var (_, cookieSingle, _) = await BenchSignIn.SignInAsync(browser, single.BaseUrl, meetingId, Secretariat);
        var (watchA, _, _) = await BenchSignIn.SignInAsync(browser, a.BaseUrl, meetingId, Watcher);
        var (watchB, _, _) = await BenchSignIn.SignInAsync(browser, b.BaseUrl, meetingId, Watcher);
        var (watchSingle, _, _) = await BenchSignIn.SignInAsync(browser, single.BaseUrl, meetingId, Watcher);
        using var writerA = Writer.SignedIn(a.BaseUrl, cookieA);
        using var writerSingle = Writer.SignedIn(single.BaseUrl, cookieSingle);
        var acrossTwo = new FanoutRun(a, browser, writerA, watchA, runId + "x", [(a.BaseUrl, watchA), (b.BaseUrl, watchB)]);
        var onOne = new FanoutRun(single, browser, writerSingle, watchSingle, runId + "s");
        var acrossPhase = Phase.Meeting(writerA, meetingId, itemId);
        var singlePhase = Phase.Meeting(writerSingle, meetingId, itemId);

        // Warm-up (printed, not used), then both measured, alternately, in the same run.
        Console.WriteLine($"warm-up {(await acrossTwo.RunAsync(acrossPhase, pages, Math.Max(20, edits / 4))).Line()}");
        Console.WriteLine($"warm-up {(await onOne.RunAsync(singlePhase, pages, Math.Max(20, edits / 4))).Line()}");
        var cross = await acrossTwo.RunAsync(acrossPhase, pages, edits);
        Console.WriteLine($"cross-server {cross.Line()}");
        var alone = await onOne.RunAsync(singlePhase, pages, edits);
        Console.WriteLine($"single-server {alone.Line()}");

        var typing = await TypingAsync(browser, writerA, writerStateA, meetingId, itemId, [(a.BaseUrl, watchA), (b.BaseUrl, watchB)], pages, runId);
        Console.WriteLine($"load average at end: {BenchSignIn.LoadAverage()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cross/single all_p50={cross.AllPages.P50 / alone.AllPages.P50:F2}x all_p95={cross.AllPages.P95 / alone.AllPages.P95:F2}x (target p95 <= 1.5x); missed cross={cross.Missed} single={alone.Missed} typing={typing.Missed}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cross-server pages={pages} edits={edits} p50_ms={cross.AllPages.P50:F0} p95_ms={cross.AllPages.P95:F0} single_p50_ms={alone.AllPages.P50:F0} single_p95_ms={alone.AllPages.P95:F0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"notes-typing pages={pages} p50_ms={typing.Latency.P50:F0} p95_ms={typing.Latency.P95:F0}"));
        return 0;
    }

    /// <summary>
    /// Types tokens into the notes of a fresh copy of the item on A, a key every 60 ms (a quick typist: no pause, so no
    /// save, while a token is typed), and times each token from the keystroke that completes it to its arrival in every
    /// watching page. Between tokens it waits 300 ms, still under the 700 ms pause that saves.
    /// </summary>
    private static async Task<(LatencySummary Latency, int Missed)> TypingAsync(IBrowser browser, Writer writer, string writerState,
        int meetingId, int itemId, IReadOnlyList<(string BaseUrl, string State)> servers, int pages, string runId)
    {
        const int tokens = 40;
        var path = $"/meetings/{meetingId}/run?item={await writer.CopyItemAsync(meetingId, itemId)}";
        var typist = await ReaderPage.OpenAsync(browser, servers[0].BaseUrl, writerState, path);
        var readers = new List<ReaderPage>();
        for (var i = 0; i < pages; i++)
        {
            readers.Add(await ReaderPage.OpenAsync(browser, servers[i % servers.Count].BaseUrl, servers[i % servers.Count].State, path));
        }

        var notes = typist.Page.Locator("section.run-item textarea.notes-textarea");
        await notes.FocusAsync();
        await typist.Page.Keyboard.PressAsync("Control+End");
        var latencies = new List<double>();
        var missed = 0;
        for (var n = 1; n <= tokens; n++)
        {
            var token = $" lfb{runId}t{n}n{n}";
            await typist.Page.Keyboard.TypeAsync(token[..^1], new() { Delay = 60 });
            var arrivals = readers.Select(r => r.ArrivalAsync(token.Trim(), 15_000)).ToArray();
            var keystroke = BenchClock.NowMs();
            await typist.Page.Keyboard.PressAsync(token[^1..]);
            var seen = (await Task.WhenAll(arrivals)).OfType<double>().ToArray();
            missed += readers.Count - seen.Length;
            latencies.AddRange(seen.Select(at => at - keystroke));
            await Task.Delay(300);
        }

        foreach (var page in readers.Append(typist))
        {
            await page.CloseAsync();
        }

        return (LatencySummary.Of(latencies), missed);
    }
}
