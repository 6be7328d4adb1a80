using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.Run;
using Bunit;

namespace ActionTracker.Tests.Features.Meetings.Run;

public sealed class RunItemActionsTests
{
    [Fact]
    public async Task Row_ReadsAsASentence_TypedTextShownAsText()
    {
        await using var context = new BunitContext();
        MeetingActionDto[] actions =
        [
            new(41, "AT-0012-1", 1, "Share the <b>VAWG</b> problem profile", 3, "ACC (Richard Cooper)", new DateOnly(2026, 12, 21), null, ActionStatus.Open),
            new(42, "AT-0012-2", 2, "Report the 20 posts filled", 3, "CC, DCC", null, "January meeting", ActionStatus.InProgress),
        ];

        var rows = context.Render<RunItemActions>(p => p.Add(c => c.Actions, actions)).FindAll("li");

        Assert.Equal(
            ["AT-0012-1 Share the <b>VAWG</b> problem profile — ACC (Richard Cooper), Open", "AT-0012-2 Report the 20 posts filled — CC, DCC, In progress"],
            rows.Select(r => r.TextContent));
        Assert.Empty(rows[0].QuerySelectorAll("b"));
        Assert.Equal("/actions/41", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("ACC (Richard Cooper)", rows[0].QuerySelector("strong")!.TextContent);
    }

    [Fact]
    public async Task NoActions_SaysSo()
    {
        await using var context = new BunitContext();

        var list = context.Render<RunItemActions>(p => p.Add(c => c.Actions, []));

        Assert.Equal("No actions raised under this item yet.", list.Find("p").TextContent);
    }
}
