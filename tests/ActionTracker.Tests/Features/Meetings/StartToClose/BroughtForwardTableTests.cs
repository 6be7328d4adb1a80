using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings.StartToClose;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Meetings.StartToClose;

/// <summary>
/// The brought-forward review as the run page shows it, rendered by bunit over the real services and SQLite: an action
/// raised on 16 December 2024, due 31 January 2025, is brought forward to the meeting of 20 January 2025.
/// </summary>
public sealed class BroughtForwardTableTests : ComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private async Task<(int Id, string Reference)> RaiseAsync()
    {
        var id = await Db.Actions().SaveAsync(new SaveActionItem
        {
            MeetingId = Seed.MeetingId, Description = "Provide the response-time figures by division.",
            Owners = [OwnerChoice.Person(Seed.OfficerId)], DueDate = new DateOnly(2025, 1, 31),
        });
        await using var db = Db.NewContext();
        return (id, await db.ActionItems.Where(a => a.Id == id).Select(a => a.Reference).SingleAsync());
    }

    private IRenderedComponent<BroughtForwardReview> RenderReview(Action<bool>? collapsedChanged = null) => Render<BroughtForwardReview>(p =>
    {
        p.Add(r => r.MeetingId, Seed.NextMeetingId);
        if (collapsedChanged is not null)
        {
            p.Add(r => r.CollapsedChanged, collapsedChanged);
        }
    });

    [Fact]
    public async Task OneRowPerAction_RefWordsOwnerDueStatus_AndAReviewButtonNamedWithTheRef()
    {
        var (id, reference) = await RaiseAsync();

        var cut = RenderReview();
        cut.WaitForElement($"tr[data-reference='{reference}']", Wait);

        var row = cut.Find($"tr[data-reference='{reference}']");
        Assert.Equal(["Action, owner and due", "Status", "Review"], cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(reference, row.QuerySelector("a")!.TextContent);
        Assert.Equal($"/actions/{id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith($"{reference} Provide the response-time figures by division.", cells[0], StringComparison.Ordinal);
        Assert.Equal(TestData.OfficerName, row.QuerySelector(".brought-forward-owner")!.TextContent);
        Assert.Equal("due 31 Jan 2025", row.QuerySelector(".brought-forward-due")!.TextContent);
        Assert.StartsWith("Open", cells[1], StringComparison.Ordinal);
        var review = row.QuerySelector("button")!;
        Assert.Equal($"Review {reference}", review.TextContent);
        Assert.Equal("false", review.GetAttribute("aria-expanded"));
        Assert.Single(cut.FindAll("tbody tr"));
    }

    [Fact]
    public async Task Disclosure_CollapsesAndExpandsTheTable_TellingTheParent()
    {
        var (_, reference) = await RaiseAsync();
        var told = new List<bool>();
        var cut = RenderReview(told.Add);
        cut.WaitForElement($"tr[data-reference='{reference}']", Wait);
        var disclosure = cut.Find("h2#brought-forward-heading button");
        Assert.Equal("true", disclosure.GetAttribute("aria-expanded"));
        Assert.Equal("brought-forward-body", disclosure.GetAttribute("aria-controls"));
        Assert.Contains("(1)", disclosure.TextContent, StringComparison.Ordinal);

        disclosure.Click();

        Assert.Equal("false", cut.Find("h2#brought-forward-heading button").GetAttribute("aria-expanded"));
        Assert.True(cut.Find("#brought-forward-body").HasAttribute("hidden"));
        Assert.Empty(cut.FindAll("table"));

        cut.Find("h2#brought-forward-heading button").Click();

        Assert.Equal("true", cut.Find("h2#brought-forward-heading button").GetAttribute("aria-expanded"));
        Assert.False(cut.Find("#brought-forward-body").HasAttribute("hidden"));
        Assert.Single(cut.FindAll($"tr[data-reference='{reference}']"));
        Assert.Equal([true, false], told);
    }

    [Fact]
    public async Task Collapsed_GivenByTheParent_RendersNoRows()
    {
        await RaiseAsync();

        var cut = Render<BroughtForwardReview>(p => p.Add(r => r.MeetingId, Seed.NextMeetingId).Add(r => r.Collapsed, true));

        Assert.Equal("false", cut.Find("h2#brought-forward-heading button").GetAttribute("aria-expanded"));
        Assert.Empty(cut.FindAll("tr"));
    }

    [Fact]
    public async Task Review_NoteAnUpdate_SavedToTheHistory_ReviewClosed_AndSaidByReference()
    {
        var (id, reference) = await RaiseAsync();
        var cut = RenderReview();
        cut.WaitForElement($"tr[data-reference='{reference}']", Wait);

        cut.Find($"tr[data-reference='{reference}'] button").Click();
        Assert.Equal(["Update", "Close", "Defer", "New due date"], cut.FindAll($"#bf-review-{id} [role='group'] button").Select(b => b.TextContent.Replace(reference, "", StringComparison.Ordinal).Trim()));
        Assert.Equal($"Review {reference}", cut.Find($"#bf-review-{id} [role='group']").GetAttribute("aria-label"));
        cut.FindAll($"#bf-review-{id} [role='group'] button").Single(b => b.TextContent == $"Update {reference}").Click();
        cut.Find($"#bf-{id}-update").Change("Figures shared with the OPCC.");
        await cut.Find($"#bf-review-{id} form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal($"{reference}: Update noted.", cut.Find(".brought-forward > p[role='status']").TextContent), Wait);
        Assert.Empty(cut.FindAll($"#bf-review-{id}"));
        var history = (await Db.Actions().GetAsync(id))!.History;
        Assert.Contains(history, h => h.Change == "Update" && h.Note == "Figures shared with the OPCC." && h.By == TestDatabase.SignedInName);
    }

    [Fact]
    public async Task Review_CloseWithoutAReason_RefusedInTheForm_NothingSaved()
    {
        var (id, reference) = await RaiseAsync();
        var cut = RenderReview();
        cut.WaitForElement($"tr[data-reference='{reference}']", Wait);

        cut.Find($"tr[data-reference='{reference}'] button").Click();
        cut.FindAll($"#bf-review-{id} [role='group'] button").Single(b => b.TextContent == $"Close {reference}").Click();
        await cut.Find($"#bf-review-{id} form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Say why the action is closed", cut.Find($"#bf-review-{id} .validation-message").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("", cut.Find(".brought-forward > p[role='status']").TextContent);
        Assert.Equal(ActionStatus.Open, (await Db.Actions().GetAsync(id))!.Action.Status);
    }

    [Fact]
    public async Task Viewer_SeesTheTable_WithoutReviewButtons()
    {
        var (_, reference) = await RaiseAsync();
        SignIn(Roles.Viewer);

        var cut = RenderReview();
        cut.WaitForElement($"tr[data-reference='{reference}']", Wait);

        Assert.Single(cut.FindAll($"tr[data-reference='{reference}']"));
        Assert.Empty(cut.FindAll("tbody button"));
        Assert.Equal(2, cut.FindAll("thead th").Count);
    }
}
