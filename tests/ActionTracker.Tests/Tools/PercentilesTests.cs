using ActionTracker.LiveBench;

namespace ActionTracker.Tests.Tools;

public sealed class PercentilesTests
{
    private static readonly double[] OneToTwenty = [.. Enumerable.Range(1, 20).Select(i => (double)i).Reverse()];

    [Theory]
    [InlineData(50, 10)]
    [InlineData(95, 19)]
    [InlineData(100, 20)]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(5.1, 2)]
    public void Of_TwentyValuesInAnyOrder_ReturnsTheNearestRankValue(double percentile, double expected) =>
        Assert.Equal(expected, Percentiles.Of(OneToTwenty, percentile));

    [Fact]
    public void Of_OneValue_IsThatValueAtEveryPercentile()
    {
        Assert.Equal(7.5, Percentiles.Of([7.5], 50));
        Assert.Equal(7.5, Percentiles.Of([7.5], 95));
    }

    [Fact]
    public void Of_NegativeLatencies_AreKeptAsMeasured() =>
        Assert.Equal(-3, Percentiles.Of([4, -3, -8], 50));

    [Fact]
    public void Of_NoValues_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Percentiles.Of([], 50));

    [Theory]
    [InlineData(0)]
    [InlineData(100.5)]
    public void Of_APercentileOutsideTheRange_IsRefused(double percentile) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([1, 2], percentile));

    [Fact]
    public void LatencySummaryOf_GivesTheMedianThe95thAndTheMaximum() =>
        Assert.Equal(new LatencySummary(10, 19, 20), LatencySummary.Of(OneToTwenty));
}
