using System.Globalization;
using ActionTracker.Tests.Support;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Infrastructure;

public class AppClockTests
{
    [Theory]
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01")] // BST: London is an hour ahead, already tomorrow.
    [InlineData("2026-06-30T22:59:59Z", "2026-06-30")]
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31")] // GMT: London is on UTC, still today.
    [InlineData("2027-01-01T00:00:00Z", "2027-01-01")]
    [InlineData("2026-03-29T23:30:00Z", "2026-03-30")] // The first night of BST.
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // The first night back on GMT.
    public void Today_AtUtcInstant_IsTheDateInLondon(string utc, string londonDate)
    {
        var clock = new AppClock(new FakeTimeProvider(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture)));

        Assert.Equal(DateOnly.Parse(londonDate, CultureInfo.InvariantCulture), clock.Today);
    }

    [Fact]
    public void UtcNow_FromTheTimeProvider_IsUtc()
    {
        var clock = new AppClock(new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.FromHours(1))));

        Assert.Equal(new DateTime(2026, 6, 30, 22, 30, 0, DateTimeKind.Utc), clock.UtcNow);
        Assert.Equal(DateTimeKind.Utc, clock.UtcNow.Kind);
    }
}
