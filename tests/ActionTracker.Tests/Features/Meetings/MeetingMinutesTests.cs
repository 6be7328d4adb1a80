using System.Text.RegularExpressions;
using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Meetings;
using AngleSharp.Dom;
using Bunit;

namespace ActionTracker.Tests.Features.Meetings;

/// <summary>The minutes as rendered by bunit from <see cref="MinutesFixture"/>, queried through the DOM.</summary>
public sealed partial class MeetingMinutesTests : AppBunitContext
{
    [Fact]
    public void Render_Header_DateChairMinuteTakerAndVirtualVenue()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting(isVirtual: true));

        Assert.Equal("December holding to account", Text(Assert.Single(minutes.FindAll("h1"))));
        Assert.Equal(
            ["Monday 16 December 2024, 10:00 – 12:00", "Alex Carter", "Sam Patel", "Virtual"],
            minutes.FindAll("dd").Select(Text));
    }

    [Fact]
    public void Render_DeferredItemAndItemsDeferredHere_ShownAsDeferredAndUnderOutstandingMatters()
    {
        var meeting = MinutesFixture.Meeting() with
        {
            AgendaItems =
            [
                new(101, "1", "Outstanding matters", Web.Data.Entities.AgendaItemKind.OutstandingMatters, null, null, false, Guid.Empty),
                new(102, "2", "Estates", Web.Data.Entities.AgendaItemKind.General, null, null, false, Guid.Empty,
                    new MeetingLink(13, "January holding to account", new DateOnly(2025, 1, 20))),
            ],
            DeferredHere = [new DeferredItemDto(new MeetingLink(11, "November holding to account", new DateOnly(2024, 11, 18)), "5", "Fleet")],
        };

        var minutes = RenderMinutes(meeting);

        var items = minutes.FindAll("li.agenda-item");
        Assert.Equal("Item 5, Fleet — deferred from November holding to account (18 Nov 2024)", Text(items[0].QuerySelector(".deferred-items li")!));
        Assert.Equal("Deferred to January holding to account (20 Jan 2025).", Text(items[1].QuerySelector(".item-deferred")!));
    }

    [Fact]
    public void Render_InPerson_VenueNamed()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting(isVirtual: false));

        Assert.Equal("Room 4, Police HQ", Text(minutes.FindAll("dd")[^1]));
    }

    [Fact]
    public void Render_Attendance_PresentAndObserversWithCapacityAndInitials()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting());

        Assert.Equal(
            [
                ["Alex Carter", "Police and Crime Commissioner (PCC)"],
                ["Jo Briggs", "Chief Constable (CC)"],
                ["Sam Patel", "Senior Policy Manager (SPM)"],
                ["Chris Lee", "Internal auditor (observer)"],
            ],
            TableRows(minutes, "attendance-table"));
    }

    [Fact]
    public void Render_Apologies_ListedApartFromAttendance()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting());

        Assert.Equal(["Priya Shah, Assistant Chief Constable (ACC)"], minutes.FindAll(".apologies > li").Select(Text));
    }

    [Fact]
    public void Render_Items_NumbersInOrder()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting());

        Assert.Equal(["1", "1.1", "1.2", "2"], WithClass(minutes, "item-number").Select(Text));
        Assert.Equal("Question: What is the plan for rural patrols?", Text(WithClass(Item(minutes, "2"), "item-question").Single()));
    }

    [Fact]
    public void Render_ActionRaisedUnderAnItem_ActionLineUnderThatItemOnly()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting());

        Assert.Equal(["Action 1: CC — Report response times by division."], WithClass(Item(minutes, "1.2"), "action-line").Select(Text));
        Assert.Single(WithClass(minutes, "action-line"));
    }

    [Fact]
    public void Render_SummaryOfActionsArising_EveryActionWithOwnerDueAndStatus()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting());

        Assert.Equal(
            [
                ["1", "Report response times by division.", "CC", "31 January 2025", "Open"],
                ["2", "Review the estates strategy.", "the CRB", "By: January holding to account", "In progress"],
            ],
            TableRows(minutes, "actions-arising"));
        Assert.Equal(["/actions/201", "/actions/202"],
            minutes.FindAll(".actions-arising a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Render_NextMeeting_TypeTitleDateTimeAndVenue()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting());

        var next = NextMeetingSection(minutes).QuerySelector("p")!;
        Assert.Equal("Monthly assurance / holding to account: January holding to account — 20 January 2025, 10:00 – 12:00, OPCC offices", Text(next));
        Assert.Equal("/meetings/13", next.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void Render_NothingArisingNoMinuteTakerNoNextMeeting_SaysSo()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting() with { Actions = [], NextMeeting = null, MinuteTakerName = null });

        Assert.Equal("Not recorded", Text(minutes.FindAll("dd")[2]));
        Assert.Contains(minutes.FindAll("p"), p => Text(p) == "No actions arose.");
        Assert.Equal("Not yet scheduled.", Text(NextMeetingSection(minutes).QuerySelector("p")!));
        Assert.Empty(minutes.FindAll(".actions-arising"));
    }

    [Fact]
    public void Render_NotesWithMarkup_EncodedAsText()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting());

        Assert.DoesNotContain("<script", minutes.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(minutes.FindAll("script"));
        Assert.Equal(MinutesFixture.HostileNotes, Text(WithClass(Item(minutes, "1.2"), "notes-paragraph").Single()));
    }

    [Fact]
    public void Render_BulletedNotes_RenderedAsAList()
    {
        var minutes = RenderMinutes(MinutesFixture.Meeting());

        Assert.Equal(["Urban: 11 minutes", "Rural: 19 minutes"], WithClass(Item(minutes, "1.2"), "notes-list").Single().Children.Where(c => c.LocalName == "li").Select(Text));
    }

    private IRenderedComponent<MeetingMinutes> RenderMinutes(MeetingDetails meeting) =>
        Render<MeetingMinutes>(p => p.Add(m => m.Meeting, meeting));

    private static IEnumerable<IElement> WithClass(IRenderedComponent<MeetingMinutes> minutes, string cssClass) => minutes.FindAll("." + cssClass);

    private static IEnumerable<IElement> WithClass(IElement root, string cssClass) =>
        root.ClassList.Contains(cssClass) ? [root, .. root.QuerySelectorAll("." + cssClass)] : root.QuerySelectorAll("." + cssClass);

    private static IEnumerable<string[]> TableRows(IRenderedComponent<MeetingMinutes> minutes, string cssClass) =>
        WithClass(minutes, cssClass).Single().QuerySelectorAll("tbody tr").Select(tr => tr.Children.Where(c => c.LocalName == "td").Select(Text).ToArray());

    private static IElement Item(IRenderedComponent<MeetingMinutes> minutes, string number) =>
        WithClass(minutes, "agenda-item").Single(li => li.GetAttribute("data-number") == number);

    // A section of the minutes themselves (a child of the article), not one nested inside an item.
    private static IElement NextMeetingSection(IRenderedComponent<MeetingMinutes> minutes) =>
        minutes.FindAll("article.minutes > section").Single(s => s.GetAttribute("aria-labelledby")?.StartsWith("next-", StringComparison.Ordinal) == true);

    private static string Text(IElement element) => Whitespace().Replace(element.TextContent, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
