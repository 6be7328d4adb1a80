using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.Run;
using Bunit;

namespace ActionTracker.Tests.Features.Meetings.Run;

public sealed class RunItemActionsTests : AppBunitContext
{
    private IRenderedComponent<RunItemActions> Render(params MeetingActionDto[] actions) =>
        Render<RunItemActions>(p => p.Add(c => c.Actions, actions.ToList()));

    [Fact]
    public void EachAction_ReferenceLinkDescriptionOwnersAndStatusTag_TypedTextShownAsText()
    {
        var cut = Render(
            new MeetingActionDto(5, "AT-0002-1", 1, "Share the <b>VAWG</b> problem profile", 7, "ACC Cooper", null, null, ActionStatus.Open),
            new MeetingActionDto(6, "AT-0002-2", 2, "Report on the 20 posts", 7, "CC and DCC", null, null, ActionStatus.AwaitingSignOff));

        var items = cut.FindAll("li");
        Assert.Equal(["AT-0002-1", "AT-0002-2"], items.Select(li => li.GetAttribute("data-reference")));
        var first = items[0];
        Assert.Equal("/actions/5", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("AT-0002-1", first.QuerySelector("a")!.TextContent);
        Assert.Contains("Share the <b>VAWG</b> problem profile", first.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("li b"));
        Assert.Equal("ACC Cooper", first.QuerySelector("strong")!.TextContent);
        Assert.Equal("Open", first.QuerySelector("span.status-tag.status-open")!.TextContent);
        Assert.StartsWith("Completed", items[1].QuerySelector("span.status-tag.status-awaitingsignoff")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NoActions_SaysSo()
    {
        var cut = Render();

        Assert.Contains("No actions raised under this item yet.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("li"));
    }
}
