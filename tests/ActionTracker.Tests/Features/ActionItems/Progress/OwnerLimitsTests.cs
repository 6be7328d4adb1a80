using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Features.ActionItems.Progress;

/// <summary>An owner reports and completes; closing, moving the due date and deferring are for the secretariat and chair.</summary>
public class OwnerLimitsTests : ProgressTest
{
    [Fact]
    public async Task SignOffAsync_AsOwnerOfCompletedAction_PermissionDeniedAndNothingSaved()
    {
        await CompleteAsOwnerAsync();

        await AssertRefusedAsync<PermissionDeniedException>(() => SignOffAsync(Owner));

        Assert.Equal(ActionStatus.AwaitingSignOff, (await ReadRowAsync()).Status);
    }

    [Fact]
    public async Task ChangeStatusAsync_OwnerClosing_PermissionDeniedAndNothingSaved()
    {
        var version = await VersionAsync();

        await AssertRefusedAsync<PermissionDeniedException>(() => Db.Actions(Owner).ChangeStatusAsync(
            new ChangeActionStatus { ActionItemId = ActionId, Version = version, Status = ActionStatus.Closed, Note = "Done." }));

        Assert.Equal(ActionStatus.Open, (await ReadRowAsync()).Status);
    }

    [Fact]
    public async Task SaveAsync_OwnerMovingDueDate_PermissionDeniedAndDueDateUnchanged()
    {
        var edit = await EditAsync();
        edit.DueDate = new DateOnly(2025, 9, 30);

        await AssertRefusedAsync<PermissionDeniedException>(() => Db.Actions(Owner).SaveAsync(edit));

        Assert.Equal(DueDate, (await ReadRowAsync()).DueDate);
    }

    [Fact]
    public async Task DeferAsync_AsOwner_PermissionDeniedAndNothingSaved()
    {
        await AssertRefusedAsync<PermissionDeniedException>(() => DeferAsync(Owner, Db.NextMeetingId));

        var action = await ReadRowAsync();
        Assert.Equal((ActionStatus.Open, null, 0), (action.Status, action.TargetMeetingId, action.DeferralCount));
    }

    [Fact]
    public async Task DecideExtensionAsync_OwnerApprovingTheirOwnRequest_PermissionDeniedAndDueDateUnchanged()
    {
        await RequestExtensionAsOwnerAsync(new DateOnly(2025, 8, 29));

        await AssertRefusedAsync<PermissionDeniedException>(() => DecideAsync(Owner, approve: true));

        Assert.Equal((DueDate, ExtensionDecision.Pending), ((await ReadRowAsync()).DueDate, (await ReadRequestAsync()).Decision));
    }
}
