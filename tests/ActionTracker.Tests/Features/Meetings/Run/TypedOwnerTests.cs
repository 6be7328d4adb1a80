using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings.QuickEntry;
using ActionTracker.Web.Features.Meetings.Run;

namespace ActionTracker.Tests.Features.Meetings.Run;

public class TypedOwnerTests
{
    private static readonly OwnerCandidate RichardCooper = new(101, "Richard Cooper", "Temporary Chief Constable", "T/CC",
        [new HeldPost(201, "CC", "Chief Constable", IsActing: true)]);
    private static readonly OwnerCandidate RachelCooper = new(102, "Rachel Cooper", "Assistant Chief Constable", "ACC", []);
    private static readonly OwnerCandidate LucyMilner = new(103, "Lucy Milner", "OPCC minute taker", null, []);

    private static readonly MeetingOwners Owners = new(
        [RichardCooper, RachelCooper, LucyMilner],
        [],
        [],
        [new OwnerOption(OwnerChoice.Post(201), "CC – Chief Constable (Richard Cooper, acting)"), RichardCooper.AsPerson, RachelCooper.AsPerson, LucyMilner.AsPerson],
        null,
        new DateOnly(2025, 1, 20));

    [Theory]
    [InlineData("T/CC", null, 201)]
    [InlineData("cc", null, 201)]
    [InlineData("ACC", 102, null)]
    [InlineData("Milner", 103, null)]
    [InlineData("Lucy Milner", 103, null)]
    [InlineData("Rachel Cooper (ACC)", 102, null)]
    [InlineData("CC – Chief Constable (Richard Cooper, acting)", null, 201)]
    public void Find_OneOwner_ThatOwner(string typed, int? personId, int? postId)
    {
        var found = TypedOwner.Find(Owners, typed);

        Assert.Null(found.Problem);
        Assert.Equal(new OwnerChoice(personId, postId, null), Assert.Single(found.Owners).Choice);
    }

    [Fact]
    public void Find_TwoOwnersTyped_Both()
    {
        var found = TypedOwner.Find(Owners, "CC and Milner");

        Assert.Equal([OwnerChoice.Post(201), OwnerChoice.Person(103)], found.Owners.Select(o => o.Choice));
    }

    [Fact]
    public void Find_SurnameOfTwoAttendees_AskedNotGuessed()
    {
        var found = TypedOwner.Find(Owners, "Cooper");

        Assert.Empty(found.Owners);
        Assert.Equal("“Cooper” could be Richard Cooper (T/CC) or Rachel Cooper (ACC): type more, or pick one from the list.", found.Problem);
    }

    [Fact]
    public void Find_NothingMatches_Said()
    {
        var found = TypedOwner.Find(Owners, "HMICFRS");

        Assert.Empty(found.Owners);
        Assert.Equal("No attendee or post matches “HMICFRS”. Type initials, a post such as DCC, or a name.", found.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Find_NothingTyped_AskedForTheOwner(string? typed) =>
        Assert.Equal("Type the owner's initials, post or name.", TypedOwner.Find(Owners, typed).Problem);
}
