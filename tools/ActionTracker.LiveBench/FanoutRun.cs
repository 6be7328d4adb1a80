using Microsoft.Playwright;

namespace ActionTracker.LiveBench;

/// <summary>
/// Runs a phase: the writer's page, then the heap with none and with N watching pages, then the timed edits. The watching
/// pages open on <paramref name="app"/>, or in turn on each of <paramref name="readerServers"/> (base URL and signed-in
/// state: several servers on one database, bench/cross-server.sh).
/// </summary>
public sealed class FanoutRun(AppProcess app, IBrowser browser, Writer writer, string signedInState, string runId,
    IReadOnlyList<(string BaseUrl, string SignedInState)>? readerServers = null)
{
    private const int ArrivalTimeoutMs = 15_000;
    private int _tokens;

    public async Task<PhaseResult> RunAsync(Phase phase, int pages, int edits)
    {
        var path = await phase.PrepareAsync();
        var writerPage = await ReaderPage.OpenAsync(browser, app.BaseUrl, signedInState, path);
        var heapWithNone = await writer.HeapAfterFullGcAsync();
        var readers = new List<ReaderPage>();
        for (var i = 0; i < pages; i++)
        {
            var (baseUrl, state) = readerServers is { Count: > 0 } servers ? servers[i % servers.Count] : (app.BaseUrl, signedInState);
            readers.Add(await ReaderPage.OpenAsync(browser, baseUrl, state, path));
        }

        var heapWithPages = await writer.HeapAfterFullGcAsync();
        var samples = new List<EditSample>();
        var rendererBefore = await readers[0].RendererTimeAsync();
        var jitBefore = await writer.JitAsync();
        var cpuBefore = app.CpuTime;
        for (var edit = 0; edit < edits; edit++)
        {
            samples.Add(await TimeEditAsync(phase, edit, readers));
        }

        var cpu = app.CpuTime - cpuBefore;
        var jit = await writer.JitAsync() - jitBefore;
        var renderer = (await readers[0].RendererTimeAsync() - rendererBefore).PerEdit(edits);
        foreach (var reader in readers.Append(writerPage))
        {
            await reader.CloseAsync();
        }

        // Let the server drop the closed circuits before the next phase weighs its heap with none open.
        await Task.Delay(2_000);

        var reached = samples.Where(e => e.Slowest is not null).ToList();
        return new PhaseResult(phase.Name, pages, edits,
            LatencySummary.Of([.. reached.Select(e => e.Slowest!.Value - e.Returned)]),
            LatencySummary.Of([.. reached.Select(e => e.Fastest!.Value - e.Returned)]),
            LatencySummary.Of([.. reached.Select(e => e.Slowest!.Value - e.Started)]),
            LatencySummary.Of([.. samples.Select(e => e.Returned - e.Started)]),
            cpu.TotalMilliseconds / edits, jit, renderer, (heapWithPages - heapWithNone) / 1024.0 / pages, samples.Sum(e => e.Missed),
            [.. reached.GroupBy(e => e.Kind).Select(kind => new KindResult(kind.Key,
                LatencySummary.Of([.. kind.Select(e => e.Slowest!.Value - e.Started)]), kind.Average(e => e.CpuMs)))]);
    }

    /// <summary>One edit: its write, stamped at start and return, and when its token reached each watching page.</summary>
    private async Task<EditSample> TimeEditAsync(Phase phase, int edit, List<ReaderPage> readers)
    {
        var token = $"lfb{runId}n{Interlocked.Increment(ref _tokens)}";
        // Listening starts before the write; the observer stamps arrival whenever it happens anyway.
        var arrivals = readers.Select(r => r.ArrivalAsync(token, ArrivalTimeoutMs)).ToArray();
        var cpuAtStart = app.CpuTime;
        var started = BenchClock.NowMs();
        await phase.Edit(edit, token);
        var returned = BenchClock.NowMs();
        var seen = (await Task.WhenAll(arrivals)).OfType<double>().ToArray();
        return new EditSample(phase.KindOf(edit), started, returned, seen.Length > 0 ? seen.Min() : null,
            seen.Length > 0 ? seen.Max() : null, readers.Count - seen.Length, (app.CpuTime - cpuAtStart).TotalMilliseconds);
    }

    /// <summary>Times on this process's clock (ms); the first and last page's arrival, null when no page saw it.</summary>
    private sealed record EditSample(string Kind, double Started, double Returned, double? Fastest, double? Slowest, int Missed, double CpuMs);
}
