using Microsoft.Playwright;

namespace ActionTracker.LiveBench;

/// <summary>
/// One watching page in a browser context of its own (so a circuit of its own). A MutationObserver installed before the
/// app loads stamps the moment each edit's token first enters the DOM, on the page's clock; the page's offset from this
/// process's clock is measured once so those stamps can be compared with the writer's.
/// </summary>
public sealed class ReaderPage
{
    // Tokens look like "lfb" + run + "n" + edit number; the observer looks only at text that changed.
    private const string ProbeScript = """
        (() => {
          const seen = new Map(), waiters = new Map(), token = /lfb[0-9a-z]+n[0-9]+/g;
          const now = () => performance.timeOrigin + performance.now();
          const scan = (text, at) => {
            for (const match of (text || '').matchAll(token)) {
              if (seen.has(match[0])) continue;
              seen.set(match[0], at);
              waiters.get(match[0])?.(at);
              waiters.delete(match[0]);
            }
          };
          new MutationObserver(records => {
            const at = now();
            for (const record of records) {
              if (record.type === 'characterData') scan(record.target.data, at);
              else for (const node of record.addedNodes) scan(node.textContent, at);
            }
          }).observe(document, { childList: true, characterData: true, subtree: true });
          window.liveBench = {
            now,
            arrival: (t, timeoutMs) => seen.has(t) ? seen.get(t)
              : new Promise(resolve => { waiters.set(t, resolve); setTimeout(() => resolve(-1), timeoutMs); }),
          };
        })();
        """;

    private readonly IPage _page;
    private double _clockOffsetMs;
    private ICDPSession? _cdp;

    private ReaderPage(IPage page) => _page = page;

    public IPage Page => _page;

    public static async Task<ReaderPage> OpenAsync(IBrowser browser, string baseUrl, string signedInState, string path)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, StorageState = signedInState });
        await context.AddInitScriptAsync(ProbeScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        // Never time prerendered HTML: wait until the circuit has taken over.
        await page.Locator("main[data-interactive='true']").WaitForAsync(new() { Timeout = 60_000 });
        var reader = new ReaderPage(page);
        await reader.MeasureClockOffsetAsync();
        return reader;
    }

    /// <summary>When <paramref name="token"/> reached this page's DOM, on this process's clock; null if it never did.</summary>
    public async Task<double?> ArrivalAsync(string token, int timeoutMs)
    {
        var at = await _page.EvaluateAsync<double>("([t, ms]) => window.liveBench.arrival(t, ms)", new object[] { token, timeoutMs });
        return at < 0 ? null : at - _clockOffsetMs;
    }

    /// <summary>
    /// The renderer's busy time so far, in ms, from Chromium's own counters (CDP Performance.getMetrics): all tasks, and
    /// of those script, style recalculation and layout. What the page costs the browser, which the server's CPU misses.
    /// </summary>
    public async Task<RendererTime> RendererTimeAsync()
    {
        if (_cdp is null)
        {
            _cdp = await _page.Context.NewCDPSessionAsync(_page);
            await _cdp.SendAsync("Performance.enable");
        }

        var metrics = (await _cdp.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble() * 1000);
        return new RendererTime(metrics["TaskDuration"], metrics["ScriptDuration"], metrics["RecalcStyleDuration"], metrics["LayoutDuration"]);
    }

    /// <summary>Leaves the app first, so the Blazor script tells the server to drop the circuit now rather than keep it.</summary>
    public async Task CloseAsync()
    {
        await _page.GotoAsync("about:blank");
        await _page.Context.CloseAsync();
    }

    // The offset seen over the quickest of a few round trips, taken at its midpoint.
    private async Task MeasureClockOffsetAsync()
    {
        var quickest = double.MaxValue;
        for (var i = 0; i < 7; i++)
        {
            var before = BenchClock.NowMs();
            var pageNow = await _page.EvaluateAsync<double>("() => window.liveBench.now()");
            var after = BenchClock.NowMs();
            if (after - before < quickest)
            {
                quickest = after - before;
                _clockOffsetMs = pageNow - ((before + after) / 2);
            }
        }
    }
}

/// <summary>A renderer's busy time in ms: all its tasks, and script, style and layout among them.</summary>
public sealed record RendererTime(double Tasks, double Script, double Style, double Layout)
{
    public static RendererTime operator -(RendererTime a, RendererTime b) =>
        new(a.Tasks - b.Tasks, a.Script - b.Script, a.Style - b.Style, a.Layout - b.Layout);

    public RendererTime PerEdit(int edits) => new(Tasks / edits, Script / edits, Style / edits, Layout / edits);
}

/// <summary>Wall-clock milliseconds since the Unix epoch, the scale performance.timeOrigin + performance.now() uses.</summary>
public static class BenchClock
{
    public static double NowMs() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
}
