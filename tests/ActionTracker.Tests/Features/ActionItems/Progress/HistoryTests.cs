using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.ActionItems.Progress;

/// <summary>Reassignment is recorded; the history of an action is complete, in order, and cannot be rewritten.</summary>
public class HistoryTests : ProgressTest
{
    [Fact]
    public async Task SaveAsync_ReassignedFromPostToPerson_OwnersRowFromPostToName()
    {
        await ReassignToNonOwnerAsync();

        var row = await LastHistoryAsync();
        Assert.Equal(("Owners", Secretariat.DisplayName, ProgressDatabase.PostAbbreviation, ProgressDatabase.NonOwnerName),
            (row.Change, row.By, row.From, row.To));
    }

    [Fact]
    public async Task SaveAsync_ReassignedFromPostToPerson_NewOwnerMayUpdateFormerMayNot()
    {
        await ReassignToNonOwnerAsync();

        await AddUpdateAsync(Db.NonOwner);
        await AssertRefusedAsync<PermissionDeniedException>(() => AddUpdateAsync(Owner));

        Assert.Equal(ProgressDatabase.NonOwnerName, (await LastHistoryAsync()).By);
    }

    [Fact]
    public async Task ProgressWrites_RaiseUpdateCompleteSignOff_HistoryHasExactlyThoseRowsInOrder()
    {
        await RunLifeCycleAsync();

        Assert.Equal(["Raised", "Update", "Status", "Signed off"], await ChangesAsync());
        Assert.Equal([Secretariat.DisplayName, Owner.DisplayName, Owner.DisplayName, Secretariat.DisplayName],
            (await ReadAsync()).History.Select(h => h.By));
    }

    [Theory]
    [InlineData(EntityState.Modified)]
    [InlineData(EntityState.Deleted)]
    public async Task SaveChangesAsync_AnyHistoryRowModifiedOrDeleted_ThrowsAndHistoryUnchanged(EntityState state)
    {
        await RunLifeCycleAsync();
        var before = (await ReadAsync()).History;

        var ids = await HistoryIdsAsync();
        Assert.Equal(before.Count, ids.Count);

        foreach (var id in ids)
        {
            await using var db = Db.NewContext();
            var row = await db.ActionUpdates.SingleAsync(u => u.Id == id);
            if (state == EntityState.Deleted)
            {
                db.ActionUpdates.Remove(row);
            }
            else
            {
                row.Note = "Rewritten after the event.";
            }

            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(before, (await ReadAsync()).History);
    }

    private async Task<List<int>> HistoryIdsAsync()
    {
        await using var db = Db.NewContext();
        return await db.ActionUpdates.Where(u => u.ActionItemId == ActionId).Select(u => u.Id).ToListAsync();
    }

    private async Task ReassignToNonOwnerAsync()
    {
        var edit = await EditAsync();
        edit.Owners = [OwnerChoice.Person(Db.NonOwnerPersonId)];
        await Db.Actions(Secretariat).SaveAsync(edit);
    }

    private async Task RunLifeCycleAsync()
    {
        await AddUpdateAsync(Owner);
        await CompleteAsOwnerAsync();
        await SignOffAsync(Secretariat);
    }
}
