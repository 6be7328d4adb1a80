using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.Run;
using ActionTracker.Web.Features.People;

namespace ActionTracker.Tests.Features.Meetings.Run;

public class OwnerLookupTests
{
    private static readonly IReadOnlyList<OwnerOption> Options = OwnerLookup.Options(
        [
            Attendee(101, "Richard Cooper", "Temporary Chief Constable", "T/CC"),
            Attendee(102, "Rachel Cooper", "Assistant Chief Constable", "ACC"),
            Attendee(103, "Lucy Milner", "OPCC minute taker", null),
            Attendee(104, "John Campion", "Police and Crime Commissioner", "PCC"),
        ],
        [
            new PostOption(201, "DCC", "Deputy Chief Constable", "Amanda Blakeman"),
            new PostOption(202, "PCC", "Police and Crime Commissioner", "John Campion"),
        ]);

    private static AttendeeDto Attendee(int personId, string name, string capacity, string? initials) =>
        new(personId + 1000, personId, name, capacity, initials, AttendanceStatus.Present, Guid.NewGuid());

    [Theory]
    [InlineData("DCC", null, 201)]
    [InlineData("dcc", null, 201)]
    [InlineData("T/CC", 101, null)]
    [InlineData("ACC", 102, null)]
    [InlineData("Lucy Milner", 103, null)]
    [InlineData("Milner", 103, null)]
    [InlineData("Deputy Chief", null, 201)]
    [InlineData("T/CC – Richard Cooper, Temporary Chief Constable", 101, null)]
    public void Find_OneMatch_ThatOwner(string typed, int? personId, int? postId)
    {
        var match = OwnerLookup.Find(Options, typed);

        Assert.Null(match.Problem);
        Assert.Equal(new OwnerChoice(personId, postId, null), match.Owner!.Choice);
    }

    [Fact]
    public void Find_PostAbbreviationAlsoAnAttendeesInitials_ThePost()
    {
        var match = OwnerLookup.Find(Options, "PCC");

        Assert.Equal(OwnerChoice.Post(202), match.Owner!.Choice);
    }

    [Fact]
    public void Find_SurnameOfTwoAttendees_AskedNotGuessed()
    {
        var match = OwnerLookup.Find(Options, "Cooper");

        Assert.Null(match.Owner);
        Assert.Equal("\"Cooper\" could be T/CC – Richard Cooper, Temporary Chief Constable or ACC – Rachel Cooper, Assistant Chief Constable: "
            + "type more, or pick one from the list.", match.Problem);
    }

    [Fact]
    public void Find_NothingMatches_Said()
    {
        var match = OwnerLookup.Find(Options, "HMICFRS");

        Assert.Null(match.Owner);
        Assert.Equal("No attendee or post matches \"HMICFRS\". Type initials, a post such as DCC, or a name.", match.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Find_NothingTyped_AskedForTheOwner(string? typed) =>
        Assert.Equal("Type the owner's initials, post or name.", OwnerLookup.Find(Options, typed).Problem);
}
