using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Import;
using ActionTracker.Web.Features.Meetings;
using AngleSharp.Dom;
using Bunit;

namespace ActionTracker.Tests.Features.Import;

/// <summary>The review screen's findings rendered by bunit: each matter brought forward with the earlier action it is (or flagged), and the next meeting.</summary>
public sealed class ImportFindingsTests : AppBunitContext
{
    private static ImportPreview Preview(PreviewNextMeeting? next)
    {
        var minutes = new ParsedMinutes
        {
            Items = [new ParsedItem("1", "Outstanding matters", AgendaItemKind.OutstandingMatters, null, "", null)],
            BroughtForward =
            [
                new BroughtForwardMatter("1", "Provide the response-time figures by division.", "December meeting"),
                new BroughtForwardMatter("1", "Publish the stop and search data.", null),
            ],
        };
        var linked = new LinkedAction(7, "AT-0012-1", 1, "Provide the response-time figures by division.", 12, "December holding to account",
            new DateOnly(2024, 12, 16), ActionStatus.Open);
        return new ImportPreview(new ImportMinutes { Minutes = minutes }, [], null, [],
            [new PreviewMatter(minutes.BroughtForward[0], linked, ActionStatus.Closed, "closed"), new PreviewMatter(minutes.BroughtForward[1], null, null, "")],
            next, null);
    }

    private static string Text(IElement element) => string.Join(" ", element.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Render_MattersBroughtForward_LinkedActionNamedWithItsStatusAndUnmatchedFlagged()
    {
        var cut = Render<ImportFindings>(p => p.Add(f => f.Preview, Preview(null)));

        var matters = cut.FindAll(".import-brought-forward > li");
        Assert.Equal(2, matters.Count);
        Assert.Equal("Is AT-0012-1 of December holding to account (16 Dec 2024), now open; the minutes say closed.", Text(matters[0].QuerySelector(".import-linked")!));
        Assert.Equal("/actions/7", matters[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(matters[0].QuerySelector(".import-warning"));
        Assert.Equal("No earlier action of this series matches: kept in the item's notes only.", Text(matters[1].QuerySelector(".import-warning")!));
        Assert.Equal("The minutes give no later date for the next meeting: none will be scheduled.", Text(cut.Find("section[aria-labelledby='import-next'] p")));
    }

    [Fact]
    public void Render_NextMeeting_ToBeScheduledOrAlreadyOnTheSystem()
    {
        var scheduled = Render<ImportFindings>(p => p.Add(f => f.Preview, Preview(new PreviewNextMeeting(new DateTime(2025, 3, 17, 14, 0, 0), null))));
        var existing = Render<ImportFindings>(p => p.Add(f => f.Preview,
            Preview(new PreviewNextMeeting(new DateTime(2025, 1, 20, 10, 0, 0), new MeetingLink(13, "January holding to account", new DateOnly(2025, 1, 20))))));

        Assert.Equal("17 March 2025 at 14:00: will be scheduled in the series, with its standing items and regular attendees.",
            Text(scheduled.Find("section[aria-labelledby='import-next'] p")));
        var link = existing.Find("section[aria-labelledby='import-next'] p");
        Assert.Equal("20 January 2025: already on the system as January holding to account; these minutes will point to it.", Text(link));
        Assert.Equal("/meetings/13", link.QuerySelector("a")!.GetAttribute("href"));
    }
}
