using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.Run;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Tests.Features.Meetings.Run;

/// <summary>
/// The run page of the meeting of 20 January 2025, to which the meeting of 16 December 2024 deferred its item 2
/// ("Neighbourhood policing"), rendered by bunit over the real services and SQLite: the deferred item is listed where the
/// meeting takes up its outstanding matters, as on its agenda and minutes, and nowhere else.
/// </summary>
public sealed class RunDeferredItemsTests : ComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private async Task DeferItemTwoAsync()
    {
        await using var db = Db.NewContext();
        await db.AgendaItems.Where(i => i.Id == Seed.ItemTwoId).ExecuteUpdateAsync(s => s.SetProperty(i => i.DeferredToMeetingId, Seed.NextMeetingId));
    }

    private async Task<int> AddOutstandingMattersAsync()
    {
        await using var db = Db.NewContext();
        var item = new AgendaItem
        {
            MeetingId = Seed.NextMeetingId, Number = "2", SortKey = AgendaNumber.SortKey("2"), Title = "Outstanding matters", Kind = AgendaItemKind.OutstandingMatters,
        };
        db.AgendaItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// <summary>The page at /meetings/{id}/run, with ?item= when given (the page reads it from the address).</summary>
    private IRenderedComponent<RunMeetingPage> RenderRun(int? itemId)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"meetings/{Seed.NextMeetingId}/run{(itemId is { } id ? $"?item={id}" : "")}");
        return Render<RunMeetingPage>(p => p.Add(r => r.Id, Seed.NextMeetingId));
    }

    [Fact]
    public async Task Render_OnTheOutstandingMattersItem_ListsTheItemDeferredHereWithItsMeeting()
    {
        await DeferItemTwoAsync();
        var outstanding = await AddOutstandingMattersAsync();

        var cut = RenderRun(outstanding);
        cut.WaitForElement(".deferred-items li", Wait);

        Assert.Equal("2 Outstanding matters", cut.Find("#current-item-heading").TextContent.Trim());
        var listed = Assert.Single(cut.FindAll(".deferred-items li"));
        Assert.Equal("Item 2, Neighbourhood policing — deferred from Holding to account 2024-12 (16 Dec 2024)",
            string.Join(" ", listed.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal($"/meetings/{Seed.MeetingId}", listed.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Render_OnAnotherItem_DoesNotListIt()
    {
        await DeferItemTwoAsync();
        await AddOutstandingMattersAsync();

        var cut = RenderRun(Seed.NextMeetingItemOneId);
        cut.WaitForElement("#current-item-heading", Wait);

        Assert.Equal("1 Welcome and apologies", cut.Find("#current-item-heading").TextContent.Trim());
        Assert.Empty(cut.FindAll(".deferred-items"));
    }

    [Fact]
    public async Task Render_NoOutstandingMattersItemYet_ListsItOnTheFirstItem()
    {
        await DeferItemTwoAsync();

        var cut = RenderRun(null);
        cut.WaitForElement(".deferred-items li", Wait);

        Assert.Equal("1 Welcome and apologies", cut.Find("#current-item-heading").TextContent.Trim());
        Assert.Single(cut.FindAll(".deferred-items li"));
    }

    [Fact]
    public async Task Render_NothingDeferredHere_NoList()
    {
        var outstanding = await AddOutstandingMattersAsync();

        var cut = RenderRun(outstanding);
        cut.WaitForElement("#current-item-heading", Wait);

        Assert.Empty(cut.FindAll(".deferred-items"));
    }
}
