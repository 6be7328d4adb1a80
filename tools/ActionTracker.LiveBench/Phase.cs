using System.Globalization;

namespace ActionTracker.LiveBench;

/// <summary>
/// One measured setting: what to do before each run of it (returns the path the N watching pages open), the edit the
/// writer makes each time, and what kind of edit number n is (figures are also given per kind).
/// </summary>
public sealed record Phase(string Name, Func<Task<string>> PrepareAsync, Func<int, string, Task> Edit, Func<int, string> KindOf)
{
    // The minute-taker's edits on the item in focus, in turn: notes, raise an action, notes, reword the action just raised.
    // Each run of the phase works on a fresh copy of the first item (its question and notes, no actions), so every run
    // starts from the same page and the list under the item grows as in a meeting, not across the whole benchmark.
    public static Phase Meeting(Writer writer, int meetingId, int itemId)
    {
        var benchItemId = 0;
        return new Phase("meeting",
            async () =>
            {
                benchItemId = await writer.CopyItemAsync(meetingId, itemId);
                return $"/meetings/{meetingId}/run?item={benchItemId}";
            },
            (edit, token) => (edit % 4) switch
            {
                1 => writer.RaiseActionAsync(meetingId, benchItemId, token),
                3 => writer.RewordLatestActionAsync(meetingId, benchItemId, token),
                _ => writer.WriteNotesAsync(meetingId, benchItemId, token),
            },
            edit => (edit % 4) switch { 1 => "raise", 3 => "reword", _ => "notes" });
    }
}

/// <summary>Per kind of edit: latency to every page from the write starting, and server CPU per edit.</summary>
public sealed record KindResult(string Kind, LatencySummary AllFromStart, double CpuMsPerEdit);

/// <summary>
/// What one phase measured, in milliseconds: to every page and to the first, from the write returning in the writer;
/// to every page from the write starting (what the minute-taker's save really costs the watchers); the write itself;
/// server CPU per edit, and what of it the JIT compiled meanwhile; one watching page's renderer time per edit.
/// </summary>
public sealed record PhaseResult(
    string Name, int Pages, int Edits, LatencySummary AllPages, LatencySummary FirstPage, LatencySummary AllFromStart, LatencySummary Write,
    double CpuMsPerEdit, JitCount Jit, RendererTime RendererPerEdit, double KbPerPage, int Missed, IReadOnlyList<KindResult> Kinds)
{
    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"phase={Name} pages={Pages} edits={Edits} all_p50_ms={AllPages.P50:F1} all_p95_ms={AllPages.P95:F1} all_max_ms={AllPages.Max:F1} " +
        $"first_p50_ms={FirstPage.P50:F1} first_p95_ms={FirstPage.P95:F1} from_start_all_p50_ms={AllFromStart.P50:F1} from_start_all_p95_ms={AllFromStart.P95:F1} " +
        $"write_p50_ms={Write.P50:F1} write_p95_ms={Write.P95:F1} " +
        $"cpu_ms_per_edit={CpuMsPerEdit:F2} jit_methods={Jit.Methods} jit_ms={Jit.Ms:F0} renderer_ms_per_edit={RendererPerEdit.Tasks:F2} (script={RendererPerEdit.Script:F2} " +
        $"style={RendererPerEdit.Style:F2} layout={RendererPerEdit.Layout:F2}) kb_per_page={KbPerPage:F0} missed={Missed}") + string.Concat(Kinds.Select(KindLine));

    private string KindLine(KindResult kind) => string.Create(CultureInfo.InvariantCulture,
        $"\n  phase={Name} kind={kind.Kind} from_start_all_p50_ms={kind.AllFromStart.P50:F1} " +
        $"from_start_all_p95_ms={kind.AllFromStart.P95:F1} cpu_ms_per_edit={kind.CpuMsPerEdit:F2}");
}
