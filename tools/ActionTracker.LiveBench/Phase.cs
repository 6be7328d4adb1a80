namespace ActionTracker.LiveBench;

/// <summary>One measured setting: N watching pages on <see cref="Path"/>, and the edit the writer makes each time.</summary>
public sealed record Phase(string Name, string Path, Func<int, string, Task> Edit);

/// <summary>What one phase measured. Latencies are from the write returning in the writer, in milliseconds.</summary>
public sealed record PhaseResult(
    string Name, int Pages, int Edits, LatencySummary AllPages, LatencySummary FirstPage, LatencySummary Write,
    double CpuMsPerEdit, double KbPerPage, int Missed)
{
    public string Line() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"phase={Name} pages={Pages} edits={Edits} all_p50_ms={AllPages.P50:F1} all_p95_ms={AllPages.P95:F1} all_max_ms={AllPages.Max:F1} " +
        $"first_p50_ms={FirstPage.P50:F1} first_p95_ms={FirstPage.P95:F1} write_p50_ms={Write.P50:F1} write_p95_ms={Write.P95:F1} " +
        $"cpu_ms_per_edit={CpuMsPerEdit:F2} kb_per_page={KbPerPage:F0} missed={Missed}");
}
