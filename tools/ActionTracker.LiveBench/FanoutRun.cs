using Microsoft.Playwright;

namespace ActionTracker.LiveBench;

/// <summary>Runs a phase: the writer's page, then the heap with none and with N watching pages, then the timed edits.</summary>
public sealed class FanoutRun(AppProcess app, IBrowser browser, Writer writer, string signedInState, string runId)
{
    private const int ArrivalTimeoutMs = 15_000;
    private int _tokens;

    public async Task<PhaseResult> RunAsync(Phase phase, int pages, int edits)
    {
        var writerPage = await ReaderPage.OpenAsync(browser, app.BaseUrl, signedInState, phase.Path);
        var heapWithNone = await writer.HeapAfterFullGcAsync();
        var readers = new List<ReaderPage>();
        for (var i = 0; i < pages; i++)
        {
            readers.Add(await ReaderPage.OpenAsync(browser, app.BaseUrl, signedInState, phase.Path));
        }

        var heapWithPages = await writer.HeapAfterFullGcAsync();
        var all = new List<double>();
        var first = new List<double>();
        var fromStart = new List<double>();
        var writes = new List<double>();
        var missed = 0;
        var byKind = new Dictionary<string, (List<double> FromStart, double CpuMs, int Edits)>();
        var cpuBefore = app.CpuTime;
        for (var edit = 0; edit < edits; edit++)
        {
            var token = $"lfb{runId}n{Interlocked.Increment(ref _tokens)}";
            // Listening starts before the write; the observer stamps arrival whenever it happens anyway.
            var arrivals = readers.Select(r => r.ArrivalAsync(token, ArrivalTimeoutMs)).ToArray();
            var cpuAtEdit = app.CpuTime;
            var started = BenchClock.NowMs();
            await phase.Edit(edit, token);
            var returned = BenchClock.NowMs();
            var seen = (await Task.WhenAll(arrivals)).OfType<double>().ToArray();
            missed += readers.Count - seen.Length;
            writes.Add(returned - started);
            if (seen.Length > 0)
            {
                all.Add(seen.Max() - returned);
                first.Add(seen.Min() - returned);
                fromStart.Add(seen.Max() - started);
            }

            var kind = byKind.TryGetValue(phase.KindOf(edit), out var k) ? k : ([], 0, 0);
            if (seen.Length > 0)
            {
                kind.FromStart.Add(seen.Max() - started);
            }

            byKind[phase.KindOf(edit)] = (kind.FromStart, kind.CpuMs + (app.CpuTime - cpuAtEdit).TotalMilliseconds, kind.Edits + 1);
        }

        var cpu = app.CpuTime - cpuBefore;
        foreach (var reader in readers.Append(writerPage))
        {
            await reader.CloseAsync();
        }

        // Let the server drop the closed circuits before the next phase weighs its heap with none open.
        await Task.Delay(2_000);

        return new PhaseResult(phase.Name, pages, edits, LatencySummary.Of(all), LatencySummary.Of(first), LatencySummary.Of(fromStart), LatencySummary.Of(writes),
            cpu.TotalMilliseconds / edits, (heapWithPages - heapWithNone) / 1024.0 / pages, missed,
            [.. byKind.Select(k => new KindResult(k.Key, LatencySummary.Of(k.Value.FromStart), k.Value.CpuMs / k.Value.Edits))]);
    }
}
