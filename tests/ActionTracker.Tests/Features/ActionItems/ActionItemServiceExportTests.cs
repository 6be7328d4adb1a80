using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems.Tracker;
using static ActionTracker.Tests.Features.ActionItems.Tracker.ExportTestData;

namespace ActionTracker.Tests.Features.ActionItems;

/// <summary><see cref="Web.Features.ActionItems.ActionItemService.ExportAsync"/>: the rows of a whole view, as the tracker shows them.</summary>
public sealed class ActionItemServiceExportTests : DatabaseTest
{
    [Fact]
    public async Task ExportAsync_FilteredViewLongerThanAPage_EveryMatchingRowInTheViewsOrder()
    {
        var victims = await AddActionsAsync(Db, Seed.MeetingId, Enumerable.Range(1, 30), a => a.Theme = "Victims");
        await AddActionsAsync(Db, Seed.MeetingId, Enumerable.Range(31, 3), a => (a.Theme, a.Status) = ("Victims", ActionStatus.Closed));
        await AddActionsAsync(Db, Seed.EarlierMeetingId, Enumerable.Range(1, 4), a => a.Theme = "Estates");
        var filter = new ActionFilter { Theme = "Victims", Statuses = [ActionStatus.Open], Sort = "reference" };

        var rows = await Actions.ExportAsync(filter);

        Assert.Equal(victims.Order(StringComparer.Ordinal), rows.Select(r => r.Action.Reference));
        var firstPage = await Actions.QueryAsync(filter, 0, 25);
        Assert.Equal(30, firstPage.Total);
        // "Update not received" is a screen flag, not one of the exported columns: every other field must match the screen.
        Assert.Equal(firstPage.Rows.Select(r => r with { UpdateNotReceived = false }), rows.Take(25).Select(r => r.Action));
    }

    [Fact]
    public async Task ExportAsync_ActionsWithHistory_LastUpdateIsTheLatestEntrysLondonDateAndText()
    {
        var raised = new DateTime(2024, 12, 16, 12, 0, 0, DateTimeKind.Utc);
        await AddActionsAsync(Db, Seed.MeetingId, [1], a => a.Updates.AddRange(
            Update(raised, "Raised", null, "Action 1"),
            Update(new DateTime(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc), "Status", "In progress", "Draft profile shared with OPCC"),
            Update(new DateTime(2024, 12, 20, 9, 0, 0, DateTimeKind.Utc), "Theme", "Victims")));
        await AddActionsAsync(Db, Seed.MeetingId, [2], a => a.Updates.AddRange(
            Update(raised, "Raised", null, "Action 2"),
            // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST).
            Update(new DateTime(2025, 7, 1, 23, 30, 0, DateTimeKind.Utc), "Due date", "31 July 2025")));
        await AddActionsAsync(Db, Seed.MeetingId, [3]);

        var rows = await Actions.ExportAsync(new ActionFilter { Sort = "reference" });

        Assert.Equal(
            ["6 Jan 2025: Draft profile shared with OPCC", "2 Jul 2025: 31 July 2025", null],
            rows.Select(r => r.LastUpdate));
    }
}
