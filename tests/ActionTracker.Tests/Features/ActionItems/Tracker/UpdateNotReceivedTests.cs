using ActionTracker.Web.Features.ActionItems.Tracker;

namespace ActionTracker.Tests.Features.ActionItems.Tracker;

/// <summary>The "update not received" rule, to the day (docs/decisions/0007).</summary>
public sealed class UpdateNotReceivedTests
{
    // A monthly series: the last meeting was 23 Oct 2026 (BST), the next is 30 Nov 2026 (GMT).
    private static readonly DateOnly[] Series = [new(2026, 9, 21), new(2026, 10, 23), new(2026, 11, 30)];
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void IsFlagged_NoUpdateEver_True() =>
        Assert.True(UpdateNotReceived.IsFlagged(Series, null, null, Today));

    [Fact]
    public void IsFlagged_LastUpdateBeforeThePreviousMeeting_True() =>
        Assert.True(UpdateNotReceived.IsFlagged(Series, null, new DateTime(2026, 10, 22, 16, 0, 0, DateTimeKind.Utc), Today));

    [Fact]
    public void IsFlagged_UpdateOnTheMorningOfThePreviousMeetingInLondon_False()
    {
        // 00:30 BST on 23 October is 23:30 UTC on 22 October: it is already the meeting's day in London.
        Assert.False(UpdateNotReceived.IsFlagged(Series, null, new DateTime(2026, 10, 22, 23, 30, 0, DateTimeKind.Utc), Today));
    }

    [Fact]
    public void IsFlagged_UpdateJustBeforeMidnightLondonTheDayBefore_True() =>
        Assert.True(UpdateNotReceived.IsFlagged(Series, null, new DateTime(2026, 10, 22, 22, 59, 0, DateTimeKind.Utc), Today));

    [Fact]
    public void IsFlagged_UpdateSinceThePreviousMeeting_False() =>
        Assert.False(UpdateNotReceived.IsFlagged(Series, null, new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc), Today));

    [Fact]
    public void IsFlagged_OnTheDayOfTheReviewMeeting_StillJudgedAgainstTheMeetingBefore()
    {
        var reviewDay = new DateOnly(2026, 11, 30);
        Assert.True(UpdateNotReceived.IsFlagged(Series, null, new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc), reviewDay));
        Assert.False(UpdateNotReceived.IsFlagged(Series, null, new DateTime(2026, 11, 29, 9, 0, 0, DateTimeKind.Utc), reviewDay));
    }

    [Fact]
    public void IsFlagged_NoComingMeeting_False() =>
        Assert.False(UpdateNotReceived.IsFlagged(Series, null, null, new DateOnly(2026, 12, 1)));

    [Fact]
    public void IsFlagged_DeferredToALaterMeeting_JudgedAgainstTheLastMeetingThatHasTakenPlace()
    {
        // Deferred to 28 Dec: the 30 Nov meeting in between has not happened yet, so the last one held (23 Oct) counts.
        var target = new DateOnly(2026, 12, 28);
        Assert.True(UpdateNotReceived.IsFlagged(Series, target, new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc), Today));
        Assert.False(UpdateNotReceived.IsFlagged(Series, target, new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc), Today));
    }

    [Fact]
    public void IsFlagged_TargetMeetingAlreadyPast_UsesTheNextMeetingOfTheSeries() =>
        Assert.True(UpdateNotReceived.IsFlagged(Series, new DateOnly(2026, 10, 1), new DateTime(2026, 10, 20, 9, 0, 0, DateTimeKind.Utc), Today));
}
