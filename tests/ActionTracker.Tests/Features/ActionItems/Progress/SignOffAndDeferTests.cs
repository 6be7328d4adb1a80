using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Tests.Features.ActionItems.Progress;

/// <summary>The secretariat signs off what an owner completed, and defers an action to a meeting still to come.</summary>
public class SignOffAndDeferTests : ProgressTest
{
    [Fact]
    public async Task SignOffAsync_ActionStillOpen_RefusedWithReason()
    {
        await AssertInvalidAsync(() => SignOffAsync(Secretariat),
            "Only an action completed by its owner can be signed off; this one is 'Open'.");

        var action = await ReadRowAsync();
        Assert.Equal((ActionStatus.Open, null), (action.Status, action.ClosedAtUtc));
    }

    [Fact]
    public async Task SignOffAsync_AwaitingSignOff_ClosedWithTimeAndHistory()
    {
        await CompleteAsOwnerAsync();

        await SignOffAsync(Secretariat, " Evidence seen. ");

        var action = await ReadRowAsync();
        Assert.Equal((ActionStatus.Closed, Db.Clock.UtcNow), (action.Status, action.ClosedAtUtc));
        Assert.Equal(
            new HistoryEntry(Db.Clock.UtcNow, Secretariat.DisplayName, "Signed off", ActionStatusRules.Name(ActionStatus.AwaitingSignOff),
                "Closed", "Evidence seen.", null),
            await LastHistoryAsync());
    }

    [Fact]
    public async Task DeferAsync_ToMeetingHeldYesterdayInLondon_Refused()
    {
        await AssertInvalidAsync(() => DeferAsync(Secretariat, Db.YesterdaysMeetingId), "Defer the action to a meeting that has not yet happened.");

        var action = await ReadRowAsync();
        Assert.Equal((ActionStatus.Open, null, 0), (action.Status, action.TargetMeetingId, action.DeferralCount));
    }

    [Fact]
    public async Task DeferAsync_ToNextMeeting_DeferredWithTargetCountAndHistory()
    {
        await DeferAsync(Secretariat, Db.NextMeetingId);

        var action = await ReadRowAsync();
        Assert.Equal((ActionStatus.Deferred, Db.NextMeetingId, 1), (action.Status, action.TargetMeetingId, action.DeferralCount));
        var row = await LastHistoryAsync();
        Assert.Equal(
            ("Deferred", Secretariat.DisplayName, "Open", "Holding to account 2025-07-21 (21 July 2025)", "The force report is not ready."),
            (row.Change, row.By, row.From, row.To, row.Note));
    }

    [Fact]
    public async Task DeferAsync_AlreadyDeferred_DeferredAgainToLaterMeeting()
    {
        await DeferAsync(Secretariat, Db.NextMeetingId);

        await DeferAsync(Secretariat, Db.LaterMeetingId);

        var action = await ReadRowAsync();
        Assert.Equal((ActionStatus.Deferred, Db.LaterMeetingId, 2), (action.Status, action.TargetMeetingId, action.DeferralCount));
    }
}
