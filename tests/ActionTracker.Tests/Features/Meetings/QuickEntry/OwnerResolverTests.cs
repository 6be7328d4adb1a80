using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings.QuickEntry;

namespace ActionTracker.Tests.Features.Meetings.QuickEntry;

/// <summary>Owners as the minutes name them, against a meeting like December 2024's: a PCC, a T/CC, a T/DCC and CR.</summary>
public sealed class OwnerResolverTests
{
    private const int Campion = 1, Cooper = 2, Jones = 3, Richardson = 4, Murray = 5, SamJones = 6, Moss = 7;
    private const int PccPost = 101, CcPost = 102, DccPost = 103, HpcPost = 104;

    private static readonly OwnerCandidate CampionAttending = new(Campion, "John Campion", "Police and Crime Commissioner", "PCC",
        [new(PccPost, "PCC", "Police and Crime Commissioner", false)]);
    private static readonly OwnerCandidate CooperAttending = new(Cooper, "Richard Cooper", "Temporary Chief Constable", "T/CC",
        [new(CcPost, "CC", "Chief Constable", true)]);
    private static readonly OwnerCandidate JonesAttending = new(Jones, "Rachel Jones", "Temporary Deputy Chief Constable", "T/DCC",
        [new(DccPost, "DCC", "Deputy Chief Constable", true)]);
    private static readonly OwnerCandidate RichardsonAttending = new(Richardson, "Claire Richardson", "Head of Policy and Commissioning", "CR",
        [new(HpcPost, "HPC", "Head of Policy and Commissioning", false)]);

    private static readonly IReadOnlyList<OwnerCandidate> December2024 = [CampionAttending, CooperAttending, JonesAttending, RichardsonAttending];

    [Theory]
    [InlineData("CC")]
    [InlineData("T/CC")]
    [InlineData("cc")]
    [InlineData("t/cc")]
    [InlineData("Chief Constable")]
    [InlineData("the CC")]
    public void Resolve_PostAbbreviationOrTitle_GivesThePostHeldActing(string typed) =>
        Assert.Equal([new ResolvedOwner(typed, new(OwnerChoice.Post(CcPost), "CC – Chief Constable (Richard Cooper, acting)"))],
            OwnerResolver.Resolve(typed, December2024));

    [Theory]
    [InlineData("Cooper")]
    [InlineData("cooper")]
    [InlineData("T/CC Cooper")]
    [InlineData("CC Cooper")]
    [InlineData("Richard Cooper")]
    public void Resolve_SurnameOrPostAndSurname_GivesThePerson(string typed) =>
        Assert.Equal([new ResolvedOwner(typed, new(OwnerChoice.Person(Cooper), "Richard Cooper (T/CC)"))], OwnerResolver.Resolve(typed, December2024));

    [Fact]
    public void Resolve_ActingChiefConstableWithoutAPostRecord_GivesThePersonByTheMinutedInitials()
    {
        var murray = new OwnerCandidate(Murray, "Alex Murray", "Acting Chief Constable", "A/CC", []);

        Assert.Equal([new ResolvedOwner("A/CC", murray.AsPerson)], OwnerResolver.Resolve("A/CC", [CampionAttending, murray]));
        Assert.Equal([new ResolvedOwner("CC", murray.AsPerson)], OwnerResolver.Resolve("CC", [CampionAttending, murray]));
    }

    [Fact]
    public void Resolve_InitialsOfTheName_GivesThePerson() =>
        Assert.Equal([new ResolvedOwner("RJ", JonesAttending.AsPerson)], OwnerResolver.Resolve("RJ", December2024));

    [Fact]
    public void Resolve_TwoAttendeesWithTheSurname_IsAmbiguousBetweenThem()
    {
        var samJones = new OwnerCandidate(SamJones, "Sam Jones", "Staff Officer", "SO", []);

        var match = Assert.Single(OwnerResolver.Resolve("Jones", [.. December2024, samJones]));

        var ambiguous = Assert.IsType<AmbiguousOwner>(match);
        Assert.Equal("Jones", ambiguous.OwnerText);
        Assert.Equal([OwnerChoice.Person(Jones), OwnerChoice.Person(SamJones)], ambiguous.Choices.Select(c => c.Choice));
    }

    [Fact]
    public void Resolve_PostAndSurnameOfDifferentPeople_IsAmbiguousNotGuessed()
    {
        // "ACC Cooper" while the ACC is Rachel Jones and Cooper is the T/CC: which was meant is asked, not guessed.
        var jonesAsAcc = JonesAttending with { Capacity = "Assistant Chief Constable", Initials = "ACC", Posts = [] };

        var match = Assert.Single(OwnerResolver.Resolve("ACC Cooper", [CampionAttending, CooperAttending, jonesAsAcc]));

        Assert.Equal([OwnerChoice.Person(Jones), OwnerChoice.Person(Cooper)], Assert.IsType<AmbiguousOwner>(match).Choices.Select(c => c.Choice));
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("Smith")]
    [InlineData("ACC")]
    public void Resolve_NobodyAtTheMeeting_IsUnresolved(string typed) =>
        Assert.Equal([new UnresolvedOwner(typed)], OwnerResolver.Resolve(typed, December2024));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Resolve_NoOwnerNamed_IsUnresolvedWithNoWords(string? typed) =>
        Assert.Equal([new UnresolvedOwner("")], OwnerResolver.Resolve(typed, December2024));

    [Fact]
    public void Resolve_SeveralOwners_ResolvesEach() =>
        Assert.Equal(
            [
                new ResolvedOwner("CC", new(OwnerChoice.Post(CcPost), "CC – Chief Constable (Richard Cooper, acting)")),
                new ResolvedOwner("DCC", new(OwnerChoice.Post(DccPost), "DCC – Deputy Chief Constable (Rachel Jones, acting)")),
            ],
            OwnerResolver.Resolve("CC and DCC", December2024));

    [Fact]
    public void Resolve_SeveralOwnersOneUnknown_FlagsOnlyThatOne() =>
        Assert.Equal(
            [new ResolvedOwner("RJ", JonesAttending.AsPerson), new ResolvedOwner("CR", RichardsonAttending.AsPerson), new UnresolvedOwner("Smith")],
            OwnerResolver.Resolve("RJ, CR & Smith", December2024));

    [Fact]
    public void Resolve_BodyNamedWithAnd_IsOneUnresolvedOwnerAsTyped() =>
        Assert.Equal([new UnresolvedOwner("Force and PCC leads")], OwnerResolver.Resolve("Force and PCC leads", December2024));

    [Fact]
    public void Resolve_DeputyWhoNoLongerHoldsThePost_GivesThePersonByTheMinutedInitials()
    {
        // February 2021: Julian Moss attended as DCC; he holds no post today, so the person owns it.
        var moss = new OwnerCandidate(Moss, "Julian Moss", "Deputy Chief Constable", "DCC", []);

        Assert.Equal([new ResolvedOwner("DCC", new(OwnerChoice.Person(Moss), "Julian Moss (DCC)"))], OwnerResolver.Resolve("DCC", [CampionAttending, moss]));
    }
}
