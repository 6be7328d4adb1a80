using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.ActionItems;

/// <summary>Raising and editing actions. Status changes and history are in the other parts of this class.</summary>
public partial class ActionItemServiceTests : DatabaseTest
{
    [Fact]
    public async Task SaveAsync_ThreeRaisedAtOneMeeting_NumberedOneTwoThreeWithReferences()
    {
        int[] ids = [await RaiseAsync(), await RaiseAsync(), await RaiseAsync()];

        var actions = await Task.WhenAll(ids.Select(ReadActionAsync));

        Assert.Equal([1, 2, 3], actions.Select(a => a.Action.Number));
        Assert.Equal(Enumerable.Range(1, 3).Select(n => ActionReference.For(Seed.MeetingId, n)), actions.Select(a => a.Action.Reference));
    }

    [Fact]
    public async Task SaveAsync_RaisedAtAnotherMeeting_NumberingStartsAgain()
    {
        await RaiseAsync();
        var other = await RaiseAsync(a => (a.MeetingId, a.AgendaItemId, a.DueDate) = (Seed.NextMeetingId, null, new DateOnly(2025, 2, 28)));

        var action = (await ReadActionAsync(other)).Action;

        Assert.Equal((1, $"AT-{Seed.NextMeetingId:D4}-1"), (action.Number, action.Reference));
    }

    [Fact]
    public async Task SaveAsync_Raised_OpenWithRaisedHistoryBySignedInUser()
    {
        var id = await RaiseAsync();

        var details = await ReadActionAsync(id);

        Assert.Equal(ActionStatus.Open, details.Action.Status);
        var raised = Assert.Single(details.History);
        Assert.Equal(("Raised", TestDatabase.SignedInName, "Action 1"), (raised.Change, raised.By, raised.Note));
        Assert.Equal(Db.Time.UtcNow.UtcDateTime, raised.AtUtc);
    }

    [Fact]
    public async Task SaveAsync_RaisedBySecretariatWithoutAName_HistorySaysUnknownUser()
    {
        // Anonymous callers may no longer write at all (see PermissionMatrixTests); a signed-in caller without a name still may.
        var id = await Db.Actions(Caller.Secretariat with { Name = null, GivenName = null }).SaveAsync(NewAction());

        Assert.Equal(CurrentUser.Anonymous, Assert.Single((await ReadActionAsync(id)).History).By);
    }

    [Fact]
    public async Task SaveAsync_OwnersOfEachKind_AllSaved()
    {
        var id = await RaiseAsync(a => a.Owners =
            [OwnerChoice.Person(Seed.OfficerId), OwnerChoice.Post(Seed.ChiefConstablePostId), OwnerChoice.Body(" Force and PCC leads ")]);

        var details = await ReadActionAsync(id);

        Assert.Equal(
            [new OwnerRow(Seed.OfficerId, TestData.OfficerName, null, null, null),
             new OwnerRow(null, null, Seed.ChiefConstablePostId, TestData.ChiefConstableAbbreviation, null),
             new OwnerRow(null, null, null, null, "Force and PCC leads")],
            details.Action.Owners);
        Assert.Equal($"{TestData.OfficerName}, CC (vacant), Force and PCC leads", details.Owners);
    }

    [Fact]
    public async Task SaveAsync_Edited_ReferenceAndNumberUnchanged()
    {
        var id = await RaiseAsync();
        var before = (await ReadActionAsync(id)).Action;
        var edit = Edits.Of(await ReadActionAsync(id));
        (edit.Description, edit.AgendaItemId) = ("Moved under item 2 and reworded.", Seed.ItemTwoId);

        await Actions.SaveAsync(edit);

        var after = (await ReadActionAsync(id)).Action;
        Assert.Equal((before.Reference, before.Number), (after.Reference, after.Number));
        Assert.Equal(("Moved under item 2 and reworded.", "2"), (after.Description, after.AgendaNumber));
    }

    [Fact]
    public async Task SaveAsync_TwoEditsFromOneRead_SecondRefusedAndFirstKept()
    {
        var id = await AssertSecondEditRefusedAsync(
            first => first.Description = "First editor's wording.",
            second => second.Description = "Second editor's wording.");

        Assert.Equal("First editor's wording.", (await ReadActionAsync(id)).Action.Description);
    }

    [Fact]
    public async Task SaveAsync_StaleEditAfterAnOwnersOnlyEdit_Refused()
    {
        var id = await AssertSecondEditRefusedAsync(
            first => first.Owners = [OwnerChoice.Post(Seed.ChiefConstablePostId)],
            second => second.Owners = [OwnerChoice.Body("The CRB")]);

        Assert.Equal($"{TestData.ChiefConstableAbbreviation} (vacant)", (await ReadActionAsync(id)).Owners);
    }

    [Fact]
    public async Task SaveAsync_EditOfRemovedAction_ReportsConflict()
    {
        var read = await ReadActionAsync(await RaiseAsync());
        await using (var db = Db.NewContext())
        {
            await db.ActionOwners.ExecuteDeleteAsync();
            await db.ActionUpdates.ExecuteDeleteAsync();
            await db.ActionItems.ExecuteDeleteAsync();
        }

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Actions.SaveAsync(Edits.Of(read)));

        Assert.Contains("no longer exists", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_Saved_PublishesTheActionAfterSaving()
    {
        var id = await RaiseAsync();

        Assert.Equal([new ActionChanged(Seed.MeetingId, id)], Db.Notifier.Published);
    }

    /// <summary>Two users open the same action; the first saves, the second's save from the same read is refused.</summary>
    private async Task<int> AssertSecondEditRefusedAsync(Action<SaveActionItem> firstEdit, Action<SaveActionItem> secondEdit)
    {
        var read = await ReadActionAsync(await RaiseAsync());
        var first = Edits.Of(read);
        var second = Edits.Of(read);
        firstEdit(first);
        secondEdit(second);

        await Actions.SaveAsync(first);
        var before = await Db.CountRowsAsync();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Actions.SaveAsync(second));

        Assert.Equal(before, await Db.CountRowsAsync());
        return read.Action.Id;
    }
}
