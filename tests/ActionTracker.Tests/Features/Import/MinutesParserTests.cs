using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Import;

namespace ActionTracker.Tests.Features.Import;

/// <summary>Every seed's minutes read exactly, and the layouts the seeds do not show (but real minutes do) read too.</summary>
public sealed class MinutesParserTests
{
    public static ParsedMinutes Seed(string file) => MinutesParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", file)));

    [Fact]
    public void Parse_December2024Seed_PlainHeadingsListAttendanceAndOwnerOnTheSummaryHeading()
    {
        var minutes = Seed("000_234971a901ded71c.txt");

        Assert.Equal(new DateOnly(2024, 12, 16), minutes.Date);
        Assert.Equal(new TimeOnly(14, 0), minutes.StartTime);
        Assert.Equal("John Campion", minutes.Chair);
        Assert.Equal("Lucy Milner", minutes.MinuteTaker);
        Assert.Null(minutes.Venue);
        Assert.Equal(
            ["John Campion|Police and Crime Commissioner|PCC", "Nicola Lowery|Policy Officer|CJ", "Lucy Milner|Business Support Officer|LM",
             "Richard Cooper|T/ Chief Constable|T/CC", "Rachel Jones|T/ Deputy Chief Constable|T/DCC"],
            minutes.Attendees.Select(a => $"{a.Name}|{a.Capacity}|{a.Initials}"));
        Assert.All(minutes.Attendees, a => Assert.Equal(AttendanceStatus.Present, a.Status));
        Assert.Empty(minutes.Apologies);
        Assert.Equal(
            ["1 Case study video – VAWG", "2 Public Confidence", "3 Risk & Offender Management", "4 Next Steps", "5 Review of Action Tracker",
             "6 Summary of Actions Arising – OPCC", "7 Confirmation of Next Meeting Type / Date / Time / Venue"],
            minutes.Items.Select(i => $"{i.Number} {i.Title}"));
        Assert.Equal(AgendaItemKind.SummaryOfActions, minutes.Items[5].Kind);
        var action = Assert.Single(minutes.Actions);
        Assert.Equal((1, "6", "Focus to be given to organisational engagement with HMCTS, to improve partnership working.", "OPCC"),
            (action.Number, action.ItemNumber, action.Description, action.OwnerText));
        Assert.Equal(new DateTime(2025, 3, 4, 14, 0, 0), minutes.NextMeeting);
        Assert.Empty(minutes.Unplaced);
    }

    [Fact]
    public void Parse_February2021Seed_TableAttendanceNumberedItemsActionLinesAndBroughtForwardMatters()
    {
        var minutes = Seed("001_cd8630122061f2b9.txt");

        Assert.Equal("Monthly Assurance Meeting February 2021– Meeting Notes", minutes.Title);
        Assert.Equal(new DateOnly(2021, 2, 26), minutes.Date);
        Assert.Equal(new TimeOnly(10, 0), minutes.StartTime);
        Assert.Equal("John Campion", minutes.Chair);
        Assert.Equal("Jackie Irvin", minutes.MinuteTaker);
        Assert.Equal("Virtual", minutes.Venue);
        Assert.Equal(
            ["John Campion|Police and Crime Commissioner|PCC", "Jackie Irvin|Senior Policy Manager|SPM", "Charity Pearce|Policy Assistant|PO",
             "Anthony Bangham|Chief Constable|CC", "Julian Moss|Deputy Chief Constable|", "Catherine Allsopp|Staff Officer|SO"],
            minutes.Attendees.Select(a => $"{a.Name}|{a.Capacity}|{a.Initials}"));
        Assert.All(minutes.Attendees, a => Assert.Null(a.Problem));
        Assert.Equal(["1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2", "3", "4"], minutes.Items.Select(i => i.Number));
        Assert.Equal(["Holding to account – Domestic Abuse", "Total Recorded Crime", "Outcomes", "AOB"],
            minutes.Items.Where((_, i) => i is 0 or 6 or 7 or 8).Select(i => i.Title));
        Assert.Equal(
            ["1|1.2|CC|CC to share the outcome of the reality testing with the PCC's office.",
             "2|1.2|CC|CC to provide details of how many of the 20 posts are filled now. (During the meeting the DCC was able to confirm 18 are filled, including 3 which will be into post mid March. Two posts in Telford have not been recruited).",
             "3|1.3|CC|CC to share HMICFRS hot debrief with the PCC's Office, if not previously done.",
             "4|1.4|Future briefing notes|Future briefing notes to attribute PCC / CC statements to findings when appropriate."],
            minutes.Actions.Select(a => $"{a.Number}|{a.ItemNumber}|{a.OwnerText}|{a.Description}"));
        Assert.Equal(["2.1|May 2020 Performance Meeting", "2.2|May 2020 Performance Meeting"],
            minutes.BroughtForward.Select(b => $"{b.ItemNumber}|{b.FromMeeting}"));
        Assert.StartsWith("ACTION: Total Recorded Crime: Bring back in 6 months", minutes.Items[6].Notes, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2021, 3, 23, 10, 30, 0), minutes.NextMeeting);
        // The owner column's stray "сс", the "ACTION" column heading and a page number: flagged, and still in the notes.
        Assert.Equal(["сс", "сс", "ACTION", "1"], minutes.Unplaced);
        Assert.Contains("ACTION", minutes.Items[5].Notes, StringComparison.Ordinal);
        Assert.Contains("The minutes say Thursday but 26 February 2021 was a Friday: check the date.", minutes.Warnings);
    }

    [Fact]
    public void Parse_June2023Seed_YearFromTheWeekdayInlineActionsAndObserver()
    {
        var minutes = Seed("002_d8169e85749b9faa.txt");

        Assert.Equal("Putting Victims and Their Voice at the Heart of the Criminal Justice System", minutes.Title);
        Assert.Equal(MeetingType.AssuranceAndAccountability, minutes.Type);
        Assert.Equal(new DateOnly(2023, 6, 29), minutes.Date);
        Assert.Equal("John Campion", minutes.Chair);
        Assert.Null(minutes.MinuteTaker);
        Assert.Equal(
            ["John Campion|Police and Crime Commissioner|PCC|Present", "Claire Richardson|Head of Policy and Commissioning|CR|Present",
             "Natasha Noorbakhsh|Senior Policy Officer|NN|Present", "Thom Dancox|Policy and Commissioning Intern||Observer",
             "Alex Murray|Acting Chief Constable|A/CC|Present", "Richard Cooper|Acting Deputy Chief Constable|A/DCC|Present",
             "Rachel Jones|Assistant Chief Constable|ACC|Present"],
            minutes.Attendees.Select(a => $"{a.Name}|{a.Capacity}|{a.Initials}|{a.Status}"));
        Assert.Equal(["1", "2", "3", "4", "5"], minutes.Items.Select(i => i.Number));
        Assert.Equal(["ACC RJ", "RJ and CR", "Force and PCC leads"], minutes.Actions.Select(a => a.OwnerText));
        Assert.All(minutes.Actions, a => Assert.Equal("2", a.ItemNumber));
        Assert.EndsWith("to undertake the following activity: – Review draft VNA – Review victim services provision across West Mercia",
            minutes.Actions[2].Description, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2023, 7, 28, 10, 0, 0), minutes.NextMeeting);
        Assert.Equal(["Accessibility Settings Skip to main content"], minutes.Unplaced);
        Assert.StartsWith("Accessibility Settings Skip to main content", minutes.Items[0].Notes, StringComparison.Ordinal);
        Assert.Contains("The minutes give no start time: 10:00 was assumed.", minutes.Warnings);
    }

    private const string UnseenLayout = """
        Holding to Account Meeting – Neighbourhood Policing
        Date: 25/08/2022 2pm
        Chair: John Campion (PCC)
        Minute taker: Lucy Milner, OPCC
        Venue: Hindlip Hall
        Present:
        Name	Capacity
        John Campion	Police and Crime Commissioner (PCC)
        Police and Crime Commissioner	Richard Cooper	(ACC)
        Apologies: Rachel Jones (DCC), Alex Murray
        5 Holding to account – Neighbourhood teams
        The PCC asked how neighbourhood teams were protected from abstraction.
        Actions arising: Findings from the rape survey to be shared with the PCC's office
        5a Response times
        The ACC set out the figures.
        ACTION: DCC to confirm the rural response times.
        5c Rural crime
        Deferred to the October meeting.
        5 AOB
        There were no actions arising.
        6. Date of next meeting
        29 September 2022, 10:00am
        """;

    [Fact]
    public void Parse_UnseenLayout_LetteredAndRepeatedNumbersInlineArisingApologiesAndMisalignedRow()
    {
        var minutes = MinutesParser.Parse(UnseenLayout);

        Assert.Equal("Holding to Account Meeting – Neighbourhood Policing", minutes.Title);
        Assert.Equal(new DateTime(2022, 8, 25, 14, 0, 0), minutes.Date!.Value.ToDateTime(minutes.StartTime!.Value));
        Assert.Equal("John Campion", minutes.Chair);
        Assert.Equal("Lucy Milner", minutes.MinuteTaker);
        Assert.Equal("Hindlip Hall", minutes.Venue);
        Assert.Equal(["5", "5a", "5c", "5", "6"], minutes.Items.Select(i => i.Number));
        Assert.Contains("Two items are numbered 5: both are kept, as minuted.", minutes.Warnings);
        Assert.Equal("October meeting", minutes.Items[2].DeferredTo);
        Assert.Equal("The PCC asked how neighbourhood teams were protected from abstraction.", minutes.Items[0].Question);
        Assert.Equal(["5|Findings from the rape survey to be shared with the PCC's office", "5a|DCC to confirm the rural response times."],
            minutes.Actions.Select(a => $"{a.ItemNumber}|{a.Description}"));
        Assert.Equal(["Rachel Jones", "Alex Murray"], minutes.Apologies);
        var misaligned = minutes.Attendees.Single(a => a.Name == "Police and Crime Commissioner");
        Assert.NotNull(misaligned.Problem);
        Assert.Null(minutes.Attendees.Single(a => a.Name == "John Campion").Problem);
        Assert.Equal(new DateTime(2022, 9, 29, 10, 0, 0), minutes.NextMeeting);
    }
}
