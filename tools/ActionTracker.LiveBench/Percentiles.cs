namespace ActionTracker.LiveBench;

/// <summary>Nearest-rank percentiles: every figure reported is one that was really measured, never an interpolation.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> values, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (values.Count == 0)
        {
            throw new ArgumentException("There are no values to take a percentile of.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[rank - 1];
    }
}

/// <summary>The three figures the benchmark reports for a set of latencies, in milliseconds.</summary>
public sealed record LatencySummary(double P50, double P95, double Max)
{
    public static LatencySummary Of(IReadOnlyCollection<double> values) =>
        new(Percentiles.Of(values, 50), Percentiles.Of(values, 95), values.Max());
}
