using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings.QuickEntry;
using Bunit;

namespace ActionTracker.Tests.Features.Meetings.QuickEntry;

public sealed class ProposalCardTests : AppBunitContext
{
    private static readonly IReadOnlyList<OwnerOption> AllOwners =
        [new(OwnerChoice.Post(102), "CC – Chief Constable (Richard Cooper, acting)"), new(OwnerChoice.Person(1), "John Campion (PCC)")];

    private readonly List<(string Choice, ProposalDraft Draft)> _events = [];

    [Fact]
    public void Render_UnresolvedOwner_FlaggedWithALabelledSelectOfEveryOwnerAndTheBody()
    {
        var cut = Render(new ActionProposal(new(null, "ZZ to report on vacancies.", "ZZ"), [new UnresolvedOwner("ZZ")], null));

        var flag = cut.Find("p#qe-owner0-flag");
        Assert.Equal("quick-entry-flag", flag.ClassName);
        Assert.Equal("Owner not recognised: “ZZ”. Choose who owns this action.", flag.TextContent);
        Assert.Equal("Owner for “ZZ”", cut.Find("label[for='qe-owner0-pick']").TextContent);
        Assert.Equal("qe-owner0-flag", cut.Find("select#qe-owner0-pick").GetAttribute("aria-describedby"));
        Assert.Superset(
            new HashSet<(string?, string)>
            {
                ("post:102", "CC – Chief Constable (Richard Cooper, acting)"), ("person:1", "John Campion (PCC)"), ("body:ZZ", "“ZZ” as a named body"),
            },
            Options(cut).ToHashSet());
    }

    [Fact]
    public void Render_AmbiguousOwner_AsksWhichWithOnlyTheCandidates()
    {
        var choices = new List<OwnerOption> { new(OwnerChoice.Person(3), "Rachel Jones (T/DCC)"), new(OwnerChoice.Person(6), "Sam Jones (SO)") };

        var cut = Render(new ActionProposal(new(null, "Jones to review.", "Jones"), [new AmbiguousOwner("Jones", choices)], null));

        Assert.Contains("“Jones” could be more than one person: choose which one owns this action.", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Which “Jones”?", cut.Find("label[for='qe-owner0-pick']").TextContent);
        Assert.Contains(("person:6", "Sam Jones (SO)"), Options(cut));
        Assert.DoesNotContain("John Campion", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ResolvedOwnerAndTypedNumberNotKept_ShowsTheOwnerAndSaysWhy()
    {
        var owner = new ResolvedOwner("CC", AllOwners[0]);

        var cut = Render(new ActionProposal(new(3, "CC to share the debrief.", "CC"), [owner], "Typed as Action 3; it will be Action 1."));

        Assert.Equal("Proposed action: CC to share the debrief.", cut.Find("p.quick-entry-description#qe-text").TextContent);
        Assert.Equal("Typed as Action 3; it will be Action 1.", cut.Find("p.form-hint").TextContent);
        Assert.Contains(cut.FindAll("strong"), s => s.TextContent == "CC – Chief Constable (Richard Cooper, acting)");
        Assert.Contains("Owner:", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("select"));
        Assert.Contains("Due by the next meeting (Holding to account 2025-01)", cut.Find(".quick-entry-due label").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfirmAndNotAnAction_EachHandTheDraftToItsOwnCallback()
    {
        var cut = Render(new ActionProposal(new(null, "CC to share the debrief.", "CC"), [new ResolvedOwner("CC", AllOwners[0])], null));

        cut.FindAll("button").Single(b => b.TextContent == "Not an action").Click();
        cut.FindAll("button").Single(b => b.TextContent == "Confirm").Click();

        Assert.Equal(["dismiss", "confirm"], _events.Select(e => e.Choice));
        Assert.All(_events, e => Assert.Equal("CC to share the debrief.", e.Draft.Proposal.Line.Description));
    }

    private static IEnumerable<(string?, string)> Options(IRenderedComponent<ProposalCard> cut) =>
        cut.FindAll("#qe-owner0-pick option").Select(o => (o.GetAttribute("value"), o.TextContent));

    private IRenderedComponent<ProposalCard> Render(ActionProposal proposal) => Render<ProposalCard>(p => p
        .Add(c => c.Draft, new ProposalDraft(proposal, byNextMeeting: true, dueDate: null))
        .Add(c => c.AllOwners, AllOwners)
        .Add(c => c.IdPrefix, "qe")
        .Add(c => c.NextMeetingTitle, "Holding to account 2025-01")
        .Add(c => c.OnConfirm, d => _events.Add(("confirm", d)))
        .Add(c => c.OnDismiss, d => _events.Add(("dismiss", d))));
}
