using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.MyActions;
using Bunit;

namespace ActionTracker.Tests.Features.ActionItems.Pages;

/// <summary>My actions puts what needs the chief officer first; each row has the action's words, due date, status and a button.</summary>
public sealed class MyActionsTests : DatabaseTest
{
    private static readonly DateOnly Today = new(2025, 1, 10);

    [Fact]
    public void Build_PutsOverdueThenDueSoonThenUpdateAwaitedThenLater_EachActionOnce()
    {
        TrackerRow[] rows =
        [
            Row(1, Today.AddDays(40), ActionStatus.Open),
            Row(2, Today.AddDays(-3), ActionStatus.InProgress, daysOverdue: 3),
            Row(3, Today.AddDays(5), ActionStatus.Open, updateNotReceived: true),
            Row(4, Today.AddDays(60), ActionStatus.Deferred, updateNotReceived: true),
            Row(5, null, ActionStatus.Open),
            Row(6, Today.AddDays(-9), ActionStatus.AwaitingSignOff),
            Row(7, Today.AddDays(-20), ActionStatus.Closed),
            Row(8, Today.AddDays(-1), ActionStatus.Cancelled),
        ];

        var groups = MyActionsGroups.Build(rows, Today);

        Assert.Equal(
            ["Overdue", "Due in the next 14 days", "Update awaited", "Due later", "Awaiting sign-off", "Closed recently"],
            groups.Select(g => g.Heading));
        Assert.Equal([[2], [3], [4], [1, 5], [6], [7]], groups.Select(g => g.Rows.Select(r => r.Id).ToArray()));
    }

    [Fact]
    public async Task Page_ChiefOfficer_SeesOverdueFirst_WithWordsDueDateStatusAndAReportProgressButton()
    {
        var later = await RaiseAsync(a => (a.Description, a.DueDate) = ("Publish the stop and search review.", new DateOnly(2025, 3, 31)));
        var overdue = await RaiseAsync(a => (a.Description, a.DueDate) = ("Share the 101 call answering figures.", new DateOnly(2025, 1, 3)));
        await using var context = AppComponents.Create(Db, Caller.ChiefOfficer(Seed.OfficerId));

        var page = context.RenderPage<MyActionsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("li.my-action-row").Count), TimeSpan.FromSeconds(5));
        var rows = page.FindAll("li.my-action-row");
        Assert.Equal([(await ReadActionAsync(overdue)).Action.Reference, (await ReadActionAsync(later)).Action.Reference],
            rows.Select(r => r.GetAttribute("data-reference")));
        var first = rows[0];
        Assert.Equal("Share the 101 call answering figures.", first.QuerySelector("a")!.TextContent.Trim());
        Assert.Contains("due 3 Jan 2025", first.TextContent, StringComparison.Ordinal);
        Assert.Equal("Open", first.QuerySelector(".status-tag")!.TextContent.Trim());
        Assert.NotNull(first.QuerySelector("button[aria-label^='Report progress on']"));
        Assert.Contains(first, page.Find("section[aria-labelledby='group-overdue']").QuerySelectorAll("li"));
    }

    [Fact]
    public async Task Page_ReportProgressFromARow_SavesAndConfirms()
    {
        var id = await RaiseAsync();
        var reference = (await ReadActionAsync(id)).Action.Reference;
        await using var context = AppComponents.Create(Db, Caller.ChiefOfficer(Seed.OfficerId));
        var page = context.RenderPage<MyActionsPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("button[aria-label^='Report progress on']")), TimeSpan.FromSeconds(5));
        page.Find("button[aria-label^='Report progress on']").Click();
        await page.Field("Progress update").ChangeAsync(new() { Value = "Divisional figures requested." });
        page.Button("Add update").Click();

        page.WaitForAssertion(() => Assert.Contains($"{reference}: Progress update added.", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Equal("Divisional figures requested.", (await ReadActionAsync(id)).History[^1].Note);
    }

    private static TrackerRow Row(int id, DateOnly? due, ActionStatus status, int? daysOverdue = null, bool updateNotReceived = false) =>
        new(id, $"AT-0001-{id}", $"Action {id}", "CC", 1, "Meeting", Today, null, due, null, status, ActionStatusRules.Name(status), null,
            daysOverdue, updateNotReceived);
}
