using ActionTracker.Web.Features.Meetings.QuickEntry;

namespace ActionTracker.Tests.Features.Meetings.QuickEntry;

public sealed class ActionLineParserTests
{
    [Theory]
    [InlineData("ACTION: ACC Cooper to share VAWG problem profile.", null, "ACC Cooper to share VAWG problem profile.", "ACC Cooper")]
    [InlineData("Action 3: CC to share HMICFRS hot debrief with the PCC's Office, if not previously done.", 3,
        "CC to share HMICFRS hot debrief with the PCC's Office, if not previously done.", "CC")]
    [InlineData("ACTION- DCC to review and ensure information sharing is taking place.", null,
        "DCC to review and ensure information sharing is taking place.", "DCC")]
    [InlineData("ACTION - CC and DCC to agree the plan.", null, "CC and DCC to agree the plan.", "CC and DCC")]
    [InlineData("action 12 – T/CC to report back", 12, "T/CC to report back", "T/CC")]
    [InlineData("  Action:   the CRB   to  publish  minutes. ", null, "the CRB to publish minutes.", "the CRB")]
    public void Parse_OneActionLine_GivesNumberDescriptionAndOwner(string notes, int? number, string description, string owner) =>
        Assert.Equal([new ActionLine(number, description, owner)], ActionLineParser.Parse(notes));

    [Fact]
    public void Parse_ActionAfterASentence_TakesTheRestOfTheLine() =>
        Assert.Equal(
            [new ActionLine(null, "CR to circulate the SLA.", "CR")],
            ActionLineParser.Parse("The SLA was discussed at length. Action: CR to circulate the SLA."));

    [Theory]
    [InlineData("Review of Action Tracker")]
    [InlineData("The action tracker was discussed and updated accordingly.")]
    [InlineData("Two actions arising from the May 2020 Performance Meeting were deferred.")]
    [InlineData("The agreed action - a review - is under way.")]
    [InlineData("2.\tOutstanding Matters / Matters arising\tACTION")]
    [InlineData("")]
    public void Parse_TextThatMentionsActions_ProposesNothing(string notes) => Assert.Empty(ActionLineParser.Parse(notes));

    [Fact]
    public void Parse_SeveralLines_ProposesEachInOrder()
    {
        var notes = "Discussion of outcomes.\r\nACTION: CC to share the plan.\r\nMore discussion.\nAction 2: Cooper to report.";

        Assert.Equal(
            [new ActionLine(null, "CC to share the plan.", "CC"), new ActionLine(2, "Cooper to report.", "Cooper")],
            ActionLineParser.Parse(notes));
    }

    [Fact]
    public void Parse_ActionsArisingList_NumbersBulletsAndHeadingOwner()
    {
        var notes = """
            Summary of Actions Arising – OPCC
            1. Engagement with HMCTS on listing delays.
            • DCC to confirm the audit dates.

            Confirmation of next meeting
            """;

        Assert.Equal(
            [new ActionLine(1, "Engagement with HMCTS on listing delays.", "OPCC"), new ActionLine(null, "DCC to confirm the audit dates.", "DCC")],
            ActionLineParser.Parse(notes));
    }

    [Fact]
    public void Parse_ActionsArisingTable_TakesTheOwnerColumn()
    {
        var notes = """
            Actions arising
            No. | Action | Owner
            1 | Share the problem profile. | ACC
            2 | Review the VAL contract. | CR
            """;

        Assert.Equal(
            [new ActionLine(1, "Share the problem profile.", "ACC"), new ActionLine(2, "Review the VAL contract.", "CR")],
            ActionLineParser.Parse(notes));
    }

    [Fact]
    public void Parse_ActionOnTheActionsArisingLine_IsAnAction_AndTheListAfterItToo() =>
        Assert.Equal(
            [new ActionLine(null, "Findings from the rape survey to be shared with the PCC's office", null),
                new ActionLine(2, "DCC to confirm the audit dates.", "DCC")],
            ActionLineParser.Parse("Actions arising: Findings from the rape survey to be shared with the PCC's office\n2. DCC to confirm the audit dates."));

    [Theory]
    [InlineData("Actions arising – CC to share the survey", "CC to share the survey", "CC")]
    [InlineData("Summary of Actions Arising: Review the contract.", "Review the contract.", null)]
    public void Parse_ActionAfterTheHeadingsDashOrColon_IsAnAction(string notes, string description, string? owner) =>
        Assert.Equal([new ActionLine(null, description, owner)], ActionLineParser.Parse(notes));

    [Theory]
    [InlineData("Actions arising:\nThere were no actions arising.")]
    [InlineData("There were no actions arising")]
    [InlineData("Actions arising: None")]
    [InlineData("Actions arising – there were no actions arising from this meeting.")]
    [InlineData("ACTION: None.")]
    [InlineData("Summary of Actions Arising\nNo actions arising\nThe meeting closed at 12:00.")]
    public void Parse_NoActionsArising_ProposesNothing(string notes) => Assert.Empty(ActionLineParser.Parse(notes));
}
