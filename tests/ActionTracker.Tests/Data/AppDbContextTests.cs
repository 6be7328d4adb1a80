using ActionTracker.Tests.Support;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Data;

/// <summary>The safeguards that live in <see cref="AppDbContext"/> itself: the version token and append-only history.</summary>
public class AppDbContextTests : DatabaseTest
{
    [Fact]
    public async Task SaveChangesAsync_TwoContextsEditTheSameAction_SecondThrowsConcurrencyException()
    {
        var id = await RaiseAsync();
        await using var first = Db.NewContext();
        await using var second = Db.NewContext();
        var firstCopy = await first.ActionItems.SingleAsync(a => a.Id == id);
        var secondCopy = await second.ActionItems.SingleAsync(a => a.Id == id);

        firstCopy.Description = "First writer.";
        secondCopy.Description = "Second writer.";
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("First writer.", (await ReadActionAsync(id)).Action.Description);
    }

    [Fact]
    public async Task SaveChangesAsync_VersionedRowModified_VersionRenewed()
    {
        await using var db = Db.NewContext();
        var meeting = await db.Meetings.SingleAsync(m => m.Id == Seed.MeetingId);
        var before = meeting.Version;

        meeting.Title = "Renamed";
        await db.SaveChangesAsync();

        Assert.NotEqual(Guid.Empty, before);
        Assert.NotEqual(before, meeting.Version);
    }

    [Fact]
    public async Task SaveChangesAsync_HistoryRowModified_ThrowsAndRowKept()
    {
        var id = await RaiseAsync();

        await AssertHistoryGuardedAsync(id, (db, row) => row.Note = "Rewritten");

        Assert.Equal("Action 1", Assert.Single((await ReadActionAsync(id)).History).Note);
    }

    [Fact]
    public async Task SaveChangesAsync_HistoryRowDeleted_ThrowsAndRowKept()
    {
        var id = await RaiseAsync();

        await AssertHistoryGuardedAsync(id, (db, row) => db.ActionUpdates.Remove(row));

        Assert.Single((await ReadActionAsync(id)).History);
    }

    [Fact]
    public async Task SaveChanges_HistoryRowModifiedSynchronously_Throws()
    {
        var id = await RaiseAsync();
        await using var db = Db.NewContext();
        var row = await db.ActionUpdates.SingleAsync(u => u.ActionItemId == id);

        row.By = "Someone else";

        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Fact]
    public async Task SaveChangesAsync_OwnerWithPersonAndPost_RefusedByCheckConstraint()
    {
        var id = await RaiseAsync();
        await using var db = Db.NewContext();
        db.ActionOwners.Add(new ActionOwner { ActionItemId = id, PersonId = Seed.OfficerId, PostId = Seed.ChiefConstablePostId });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private async Task AssertHistoryGuardedAsync(int actionId, Action<AppDbContext, ActionUpdate> tamper)
    {
        await using var db = Db.NewContext();
        var row = await db.ActionUpdates.SingleAsync(u => u.ActionItemId == actionId);
        tamper(db, row);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Equal("An action's history is append-only: its rows cannot be changed or deleted.", refused.Message);
    }
}
