using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Tests.Features.ActionItems;

public class OverdueTests
{
    private static readonly DateOnly Today = new(2025, 1, 10);

    [Theory]
    [InlineData(-1, ActionStatus.Open, 1)]
    [InlineData(-14, ActionStatus.InProgress, 14)]
    [InlineData(-3, ActionStatus.Deferred, 3)]
    public void Days_DuePastAndUnfinished_DaysPastDue(int dueOffset, ActionStatus status, int expected) =>
        Assert.Equal(expected, Overdue.Days(Today.AddDays(dueOffset), status, Today));

    [Theory]
    [InlineData(0, ActionStatus.Open)]
    [InlineData(5, ActionStatus.Open)]
    [InlineData(-1, ActionStatus.AwaitingSignOff)]
    [InlineData(-1, ActionStatus.Closed)]
    [InlineData(-1, ActionStatus.Cancelled)]
    public void Days_DueTodayOrLaterOrNoLongerOpen_Null(int dueOffset, ActionStatus status) =>
        Assert.Null(Overdue.Days(Today.AddDays(dueOffset), status, Today));

    [Fact]
    public void Days_NoDueDate_Null() => Assert.Null(Overdue.Days(null, ActionStatus.Open, Today));
}
