using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.Run;

namespace ActionTracker.Tests.Features.Meetings.Run;

public sealed class RunItemActionsTests
{
    private static Task<string> RenderAsync(params MeetingActionDto[] actions) =>
        ComponentHtml.RenderAsync<RunItemActions>(new Dictionary<string, object?> { ["Actions"] = actions.ToList() });

    [Fact]
    public async Task EachAction_ReferenceLinkDescriptionOwnersAndStatusTag_TypedTextShownAsText()
    {
        var html = await RenderAsync(
            new MeetingActionDto(5, "AT-0002-1", 1, "Share the <b>VAWG</b> problem profile", 7, "ACC Cooper", null, null, ActionStatus.Open),
            new MeetingActionDto(6, "AT-0002-2", 2, "Report on the 20 posts", 7, "CC and DCC", null, null, ActionStatus.AwaitingSignOff));

        Assert.Contains("<li data-reference=\"AT-0002-1\"><a href=\"/actions/5\">AT-0002-1</a> Share the &lt;b&gt;VAWG&lt;/b&gt; problem profile", html, StringComparison.Ordinal);
        Assert.Contains("<strong>ACC Cooper</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status-tag status-open\">Open</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status-tag status-awaitingsignoff\">Completed", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("AT-0002-1", StringComparison.Ordinal) < html.IndexOf("AT-0002-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoActions_SaysSo()
    {
        var html = await RenderAsync();

        Assert.Contains("No actions raised under this item yet.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li", html, StringComparison.Ordinal);
    }
}
