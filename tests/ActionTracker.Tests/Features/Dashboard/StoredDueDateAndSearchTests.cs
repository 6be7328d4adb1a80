using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems.Tracker;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Dashboard;

/// <summary>
/// The dashboard's speed rests on two things the database keeps in step by triggers: each action's stored due date
/// (DueOn) and the trigram search table. A later migration that rebuilt a table without its triggers would fail here.
/// </summary>
public sealed class StoredDueDateAndSearchTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DueOn_FollowsTheDueDate_OrElseTheTargetMeetingAndItsDate()
    {
        await using var database = await DashboardDatabase.CreateAsync(Noon);
        int actionId, targetId;
        await using (var db = database.NewContext())
        {
            var known = new KnownActions(db);
            var raisedAt = known.Meeting("Holding to account", new DateOnly(2026, 9, 1));
            var target = known.Meeting("Holding to account", new DateOnly(2026, 12, 1));
            var action = known.Action(raisedAt, ActionStatus.Open, null, null, target, null);
            await db.SaveChangesAsync();
            (actionId, targetId) = (action.Id, target.Id);
        }

        Assert.Equal(new DateOnly(2026, 12, 1), await DueOnAsync(database, actionId));

        await database.NewContext().Meetings.Where(m => m.Id == targetId).ExecuteUpdateAsync(m => m.SetProperty(x => x.Date, new DateOnly(2026, 11, 10)));
        Assert.Equal(new DateOnly(2026, 11, 10), await DueOnAsync(database, actionId));
        Assert.Equal(1, await database.Actions().CountAsync(new ActionFilter { OverdueOnly = true }));

        await SetDueDateAsync(database, actionId, new DateOnly(2027, 1, 15));
        Assert.Equal(new DateOnly(2027, 1, 15), await DueOnAsync(database, actionId));
        Assert.Equal(0, await database.Actions().CountAsync(new ActionFilter { OverdueOnly = true }));

        await SetDueDateAsync(database, actionId, null);
        Assert.Equal(new DateOnly(2026, 11, 10), await DueOnAsync(database, actionId));

        // Deleting the target meeting clears the action's target (ON DELETE SET NULL), and with it the due date.
        await database.NewContext().Meetings.Where(m => m.Id == targetId).ExecuteDeleteAsync();
        Assert.Null(await DueOnAsync(database, actionId));
    }

    [Theory]
    [InlineData("custody", 2)]     // one description, one update's note
    [InlineData("CUSTODY", 2)]     // case-insensitive, as LIKE is
    [InlineData("Closed", 1)]      // an update's new value
    [InlineData("Assurance-2", 1)] // a reference
    [InlineData("dy det", 1)]      // any substring, across words
    [InlineData("vi", 2)]          // shorter than a trigram: still found ("Review", "visited")
    [InlineData("zebra", 0)]
    public async Task Search_FindsWordsInDescriptionsReferencesAndUpdates(string search, int expected)
    {
        await using var database = await DashboardDatabase.CreateAsync(Noon);
        await using (var db = database.NewContext())
        {
            var known = new KnownActions(db);
            var meeting = known.Meeting("Assurance", new DateOnly(2026, 9, 1));
            var custody = known.Action(meeting, ActionStatus.Open, new DateOnly(2026, 12, 1), null);
            custody.Description = "Review custody detention times";
            var visited = known.Action(meeting, ActionStatus.Closed, new DateOnly(2026, 12, 1), null);
            visited.Description = "Report on cell checks";
            visited.Updates.Add(new ActionUpdate { AtUtc = Noon.UtcDateTime, By = "Test", Change = "Update", Note = "Custody suites visited." });
            visited.Updates.Add(new ActionUpdate { AtUtc = Noon.UtcDateTime, By = "Test", Change = "Status", From = "Open", To = "Closed" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(expected, await database.Actions().CountAsync(new ActionFilter { Search = search }));
    }

    [Fact]
    public async Task Search_FollowsAnEditedDescription()
    {
        await using var database = await DashboardDatabase.CreateAsync(Noon);
        await using (var db = database.NewContext())
        {
            var known = new KnownActions(db);
            known.Action(known.Meeting("Assurance", new DateOnly(2026, 9, 1)), ActionStatus.Open, new DateOnly(2026, 12, 1), null);
            await db.SaveChangesAsync();
        }

        await database.NewContext().ActionItems.ExecuteUpdateAsync(a => a.SetProperty(x => x.Description, "Fleet replacement plan"));

        Assert.Equal(1, await database.Actions().CountAsync(new ActionFilter { Search = "fleet" }));
        Assert.Equal(0, await database.Actions().CountAsync(new ActionFilter { Search = "Action 1" }));
    }

    [Fact]
    public async Task AnActionCannotListTheSameOwnerTwice_SoTheDashboardCountsOwnerRowsAsActions()
    {
        await using var database = await DashboardDatabase.CreateAsync(Noon);
        await using var db = database.NewContext();
        var known = new KnownActions(db);
        var cc = known.Post("CC");
        var action = known.Action(known.Meeting("Assurance", new DateOnly(2026, 9, 1)), ActionStatus.Open, new DateOnly(2026, 10, 1), null);
        action.Owners.Add(KnownActions.By(cc));
        action.Owners.Add(KnownActions.By(cc));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static async Task<DateOnly?> DueOnAsync(DashboardDatabase database, int actionId)
    {
        await using var db = database.NewContext();
        return await db.ActionItems.Where(a => a.Id == actionId).Select(a => a.DueOn).SingleAsync();
    }

    private static async Task SetDueDateAsync(DashboardDatabase database, int actionId, DateOnly? dueDate)
    {
        await using var db = database.NewContext();
        await db.ActionItems.Where(a => a.Id == actionId).ExecuteUpdateAsync(a => a.SetProperty(x => x.DueDate, dueDate));
    }
}
