using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Features.ActionItems;

/// <summary>Status changes through <see cref="ActionItemService.ChangeStatusAsync"/>, checked by <see cref="ChangeActionStatusValidator"/>.</summary>
public partial class ActionItemServiceTests
{
    [Fact]
    public async Task ChangeStatusAsync_OpenToInProgressToAwaitingSignOffToClosed_ClosedAtStamped()
    {
        var id = await RaiseAsync();
        await MoveAsync(id, ActionStatus.InProgress);
        await MoveAsync(id, ActionStatus.AwaitingSignOff);
        Db.Time.UtcNow = new DateTimeOffset(2025, 1, 24, 15, 0, 0, TimeSpan.Zero);

        await MoveAsync(id, ActionStatus.Closed, "Figures received and reviewed.");

        var action = await LoadEntityAsync(id);
        Assert.Equal(ActionStatus.Closed, action.Status);
        Assert.Equal(new DateTime(2025, 1, 24, 15, 0, 0, DateTimeKind.Utc), action.ClosedAtUtc);
        var closing = (await ReadActionAsync(id)).History[^1];
        Assert.Equal(("Status", "Completed – awaiting sign-off", "Closed", "Figures received and reviewed."),
            (closing.Change, closing.From, closing.To, closing.Note));
    }

    [Fact]
    public async Task ChangeStatusAsync_ClosedReopened_ClosedAtCleared()
    {
        var id = await RaiseAsync();
        await MoveAsync(id, ActionStatus.Closed);

        await MoveAsync(id, ActionStatus.Open);

        var action = await LoadEntityAsync(id);
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Null(action.ClosedAtUtc);
    }

    [Fact]
    public async Task ChangeStatusAsync_DeferredTwice_DeferralCountTwo()
    {
        var id = await RaiseAsync();
        await MoveAsync(id, ActionStatus.Deferred);
        await MoveAsync(id, ActionStatus.InProgress);

        await MoveAsync(id, ActionStatus.Deferred);

        Assert.Equal(2, (await ReadActionAsync(id)).Action.DeferralCount);
    }

    [Theory]
    [InlineData(ActionStatus.Cancelled, ActionStatus.Open, "An action that is 'Cancelled' cannot be made 'Open'.")]
    [InlineData(ActionStatus.Cancelled, ActionStatus.Closed, "An action that is 'Cancelled' cannot be made 'Closed'.")]
    [InlineData(ActionStatus.Closed, ActionStatus.InProgress, "An action that is 'Closed' cannot be made 'In progress'.")]
    [InlineData(ActionStatus.Closed, ActionStatus.Deferred, "An action that is 'Closed' cannot be made 'Deferred'.")]
    [InlineData(ActionStatus.AwaitingSignOff, ActionStatus.Deferred,
        "An action that is 'Completed – awaiting sign-off' cannot be made 'Deferred'.")]
    [InlineData(ActionStatus.Open, ActionStatus.Open, "An action that is 'Open' cannot be made 'Open'.")]
    public async Task ChangeStatusAsync_IllegalMove_RejectedAndNothingSaved(ActionStatus from, ActionStatus to, string message)
    {
        var id = await RaiseAsync();
        if (from != ActionStatus.Open)
        {
            await MoveAsync(id, from, "Superseded by action 2.");
        }

        await AssertRejectedAsync(() => MoveAsync(id, to, "A note."), message);

        Assert.Equal(from, (await LoadEntityAsync(id)).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task ChangeStatusAsync_CancelledWithoutNote_RejectedAndStillOpen(string? note)
    {
        var id = await RaiseAsync();

        await AssertRejectedAsync(() => MoveAsync(id, ActionStatus.Cancelled, note),
            "Say why the action is cancelled, e.g. which action supersedes it.");

        Assert.Equal(ActionStatus.Open, (await LoadEntityAsync(id)).Status);
    }

    [Fact]
    public async Task ChangeStatusAsync_UnknownAction_Rejected() => await AssertRejectedAsync(
        () => Actions.ChangeStatusAsync(new ChangeActionStatus { ActionItemId = 9999, Status = ActionStatus.Closed }),
        "That action no longer exists.");

    [Fact]
    public async Task ChangeStatusAsync_FromAStaleRead_ReportsConflict()
    {
        var id = await RaiseAsync();
        var stale = (await ReadActionAsync(id)).Action.Version;
        await MoveAsync(id, ActionStatus.InProgress);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Actions.ChangeStatusAsync(
            new ChangeActionStatus { ActionItemId = id, Version = stale, Status = ActionStatus.Closed }));

        Assert.Equal(ActionStatus.InProgress, (await LoadEntityAsync(id)).Status);
    }

    private async Task MoveAsync(int id, ActionStatus status, string? note = null)
    {
        var version = (await ReadActionAsync(id)).Action.Version;
        await Actions.ChangeStatusAsync(new ChangeActionStatus { ActionItemId = id, Version = version, Status = status, Note = note });
    }

    private async Task<ActionItem> LoadEntityAsync(int id)
    {
        await using var db = Db.NewContext();
        return await db.ActionItems.FindAsync(id) ?? throw new InvalidOperationException($"Action {id} was not found.");
    }
}
