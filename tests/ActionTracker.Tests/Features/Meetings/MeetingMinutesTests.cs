using System.Text.RegularExpressions;
using System.Xml.Linq;
using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Features.Meetings;

/// <summary>The minutes as HTML, rendered by the framework's HtmlRenderer from <see cref="MinutesFixture"/>.</summary>
public partial class MeetingMinutesTests
{
    [Fact]
    public async Task Render_Header_DateChairMinuteTakerAndVirtualVenue()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting(isVirtual: true));

        Assert.Equal("December holding to account", Text(minutes.Descendants("h1").Single()));
        Assert.Equal(
            ["Monday 16 December 2024, 10:00 – 12:00", "Alex Carter", "Sam Patel", "Virtual"],
            minutes.Descendants("dd").Select(Text));
    }

    [Fact]
    public async Task Render_InPerson_VenueNamed()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting(isVirtual: false));

        Assert.Equal("Room 4, Police HQ", Text(minutes.Descendants("dd").Last()));
    }

    [Fact]
    public async Task Render_Attendance_PresentAndObserversWithCapacityAndInitials()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting());

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
    public async Task Render_Apologies_ListedApartFromAttendance()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting());

        Assert.Equal(["Priya Shah, Assistant Chief Constable (ACC)"], WithClass(minutes, "apologies").Single().Elements("li").Select(Text));
    }

    [Fact]
    public async Task Render_Items_NumbersInOrder()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting());

        Assert.Equal(["1", "1.1", "1.2", "2"], WithClass(minutes, "item-number").Select(Text));
        Assert.Equal("Question: What is the plan for rural patrols?", Text(WithClass(Item(minutes, "2"), "item-question").Single()));
    }

    [Fact]
    public async Task Render_ActionRaisedUnderAnItem_ActionLineUnderThatItemOnly()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting());

        Assert.Equal(["Action 1: CC — Report response times by division."], WithClass(Item(minutes, "1.2"), "action-line").Select(Text));
        Assert.Single(WithClass(minutes, "action-line"));
    }

    [Fact]
    public async Task Render_SummaryOfActionsArising_EveryActionWithOwnerDueAndStatus()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting());

        Assert.Equal(
            [
                ["1", "Report response times by division.", "CC", "31 January 2025", "Open"],
                ["2", "Review the estates strategy.", "the CRB", "By: January holding to account", "In progress"],
            ],
            TableRows(minutes, "actions-arising"));
        Assert.Equal(["/actions/201", "/actions/202"],
            WithClass(minutes, "actions-arising").Descendants("a").Select(a => (string?)a.Attribute("href")));
    }

    [Fact]
    public async Task Render_NextMeeting_TypeTitleDateTimeAndVenue()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting());

        var next = NextMeetingSection(minutes).Element("p")!;
        Assert.Equal("Monthly assurance / holding to account: January holding to account — 20 January 2025, 10:00 – 12:00, OPCC offices", Text(next));
        Assert.Equal("/meetings/13", (string?)next.Element("a")?.Attribute("href"));
    }

    [Fact]
    public async Task Render_NothingArisingNoMinuteTakerNoNextMeeting_SaysSo()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting() with { Actions = [], NextMeeting = null, MinuteTakerName = null });

        Assert.Equal("Not recorded", Text(minutes.Descendants("dd").ElementAt(2)));
        Assert.Contains(minutes.Descendants("p"), p => Text(p) == "No actions arose.");
        Assert.Equal("Not yet scheduled.", Text(NextMeetingSection(minutes).Element("p")!));
        Assert.Empty(WithClass(minutes, "actions-arising"));
    }

    [Fact]
    public async Task Render_NotesWithMarkup_EncodedAsText()
    {
        var html = await ComponentHtml.RenderAsync<MeetingMinutes>(Parameters(MinutesFixture.Meeting()));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.", html, StringComparison.Ordinal);
        var minutes = Parse(html);
        Assert.Empty(minutes.Descendants("script"));
        Assert.Equal(MinutesFixture.HostileNotes, Text(WithClass(Item(minutes, "1.2"), "notes-paragraph").Single()));
    }

    [Fact]
    public async Task Render_BulletedNotes_RenderedAsAList()
    {
        var minutes = await RenderAsync(MinutesFixture.Meeting());

        Assert.Equal(["Urban: 11 minutes", "Rural: 19 minutes"], WithClass(Item(minutes, "1.2"), "notes-list").Single().Elements("li").Select(Text));
    }

    private static async Task<XElement> RenderAsync(MeetingDetails meeting) =>
        Parse(await ComponentHtml.RenderAsync<MeetingMinutes>(Parameters(meeting)));

    private static Dictionary<string, object?> Parameters(MeetingDetails meeting) => new() { [nameof(MeetingMinutes.Meeting)] = meeting };

    // The renderer's output is well-formed XML (numeric character references only), so LINQ to XML can query it.
    private static XElement Parse(string html) => XElement.Parse(html);

    private static IEnumerable<XElement> WithClass(XElement root, string cssClass) =>
        root.DescendantsAndSelf().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    private static IEnumerable<string[]> TableRows(XElement minutes, string cssClass) =>
        WithClass(minutes, cssClass).Single().Descendants("tbody").Descendants("tr").Select(tr => tr.Elements("td").Select(Text).ToArray());

    private static XElement Item(XElement minutes, string number) =>
        WithClass(minutes, "agenda-item").Single(li => (string?)li.Attribute("data-number") == number);

    private static XElement NextMeetingSection(XElement minutes) =>
        minutes.Elements("section").Single(s => ((string?)s.Attribute("aria-labelledby"))?.StartsWith("next-", StringComparison.Ordinal) == true);

    private static string Text(XElement element) => Whitespace().Replace(element.Value, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
