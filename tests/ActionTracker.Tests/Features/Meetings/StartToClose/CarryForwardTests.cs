using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Tests.Features.Meetings.StartToClose;

/// <summary>Which actions are brought forward to a meeting, and what their rows say.</summary>
public class CarryForwardTests : StartToCloseTest
{
    [Fact]
    public async Task ListAsync_OpenActionsOfEarlierMeetingsInTheSeries_BroughtForwardOldestFirst()
    {
        var fromDecember = await RaiseAtAsync(Seed.MeetingId);
        var fromNovember = await RaiseAtAsync(Seed.EarlierMeetingId);

        Assert.Equal([fromNovember, fromDecember], await BroughtForwardIdsAsync(Seed.NextMeetingId));
    }

    [Fact]
    public async Task ListAsync_ActionsOfThisAndLaterMeetings_NotBroughtForward()
    {
        var later = await AddMeetingAsync(new DateOnly(2025, 2, 17));
        var fromDecember = await RaiseAtAsync(Seed.MeetingId);
        await RaiseAtAsync(Seed.NextMeetingId);
        await RaiseAtAsync(later, dueDate: new DateOnly(2025, 3, 31));

        Assert.Equal([fromDecember], await BroughtForwardIdsAsync(Seed.NextMeetingId));
        Assert.Empty(await BroughtForwardIdsAsync(Seed.EarlierMeetingId));
    }

    [Theory]
    [InlineData(ActionStatus.Open, true)]
    [InlineData(ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.Deferred, true)]
    [InlineData(ActionStatus.AwaitingSignOff, true)]
    [InlineData(ActionStatus.Closed, false)]
    [InlineData(ActionStatus.Cancelled, false)]
    public async Task ListAsync_ByStatus_OnlyActionsStillToReviewBroughtForward(ActionStatus status, bool broughtForward)
    {
        var id = await RaiseAtAsync(Seed.MeetingId);
        await SetStatusAsync(id, status);

        Assert.Equal(broughtForward, (await BroughtForwardIdsAsync(Seed.NextMeetingId)).Contains(id));
    }

    [Fact]
    public async Task ListAsync_ActionOfAnotherSeriesTargetedToThisMeeting_BroughtForward_OtherActionsOfThatSeriesNot()
    {
        var thematic = await AddMeetingAsync(new DateOnly(2025, 1, 6), "Thematic on rural crime");
        var sentHere = await RaiseAtAsync(thematic, targetMeetingId: Seed.NextMeetingId);
        await RaiseAtAsync(thematic);

        Assert.Equal([sentHere], await BroughtForwardIdsAsync(Seed.NextMeetingId));
    }

    [Fact]
    public async Task ListAsync_ActionDeferredToThisMeetingFromAnotherSeries_BroughtForwardWithItsDeferralCount()
    {
        var thematic = await AddMeetingAsync(new DateOnly(2024, 12, 2), "Thematic on rural crime");
        var deferred = await RaiseAtAsync(thematic);
        await Progress().DeferAsync(new() { ActionItemId = deferred, Version = (await ReadActionAsync(deferred)).Action.Version,
            TargetMeetingId = Seed.NextMeetingId, Reason = "The force report is not ready." });

        var row = Assert.Single(await Review().ListAsync(Seed.NextMeetingId));

        Assert.Equal((deferred, ActionStatus.Deferred, 1, "deferred 1 time"), (row.Id, row.Status, row.DeferralCount, row.DeferralText));
    }

    [Fact]
    public async Task ListAsync_Row_SaysWhereRaisedWhenDueAndThatNoUpdateCameSinceTheLastMeeting()
    {
        var id = await RaiseAtAsync(Seed.EarlierMeetingId);

        var row = await BroughtForwardRowAsync(Seed.NextMeetingId, id);

        Assert.Equal(
            (ActionReference.For(Seed.EarlierMeetingId, 1), "Holding to account 2024-11 (18 Nov 2024)", new DateOnly(2025, 1, 31), (string?)null, 0, (string?)null, true),
            (row.Reference, row.RaisedAt, row.DueDate, row.DueAt, row.DeferralCount, row.DeferralText, row.UpdateNotReceived));
    }

    [Fact]
    public async Task ListAsync_UnknownMeeting_Empty() => Assert.Empty(await Review().ListAsync(999));
}
