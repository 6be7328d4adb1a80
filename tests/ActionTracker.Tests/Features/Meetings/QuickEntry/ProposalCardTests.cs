using System.Net;
using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings.QuickEntry;

namespace ActionTracker.Tests.Features.Meetings.QuickEntry;

public sealed class ProposalCardTests
{
    private static readonly IReadOnlyList<OwnerOption> AllOwners =
        [new(OwnerChoice.Post(102), "CC – Chief Constable (Richard Cooper, acting)"), new(OwnerChoice.Person(1), "John Campion (PCC)")];

    [Fact]
    public async Task Render_UnresolvedOwner_FlaggedWithALabelledSelectOfEveryOwnerAndTheBody()
    {
        var html = await RenderAsync(new ActionProposal(new(null, "ZZ to report on vacancies.", "ZZ"), [new UnresolvedOwner("ZZ")], null));

        Assert.Contains("<p class=\"quick-entry-flag\" id=\"qe-owner0-flag\">Owner not recognised: “ZZ”. Choose who owns this action.</p>", html);
        Assert.Contains("<label for=\"qe-owner0-pick\">Owner for “ZZ”</label>", html);
        Assert.Contains("<select id=\"qe-owner0-pick\" aria-describedby=\"qe-owner0-flag\"", html);
        Assert.Contains("<option value=\"post:102\">CC – Chief Constable (Richard Cooper, acting)</option>", html);
        Assert.Contains("<option value=\"person:1\">John Campion (PCC)</option>", html);
        Assert.Contains("<option value=\"body:ZZ\">“ZZ” as a named body</option>", html);
    }

    [Fact]
    public async Task Render_AmbiguousOwner_AsksWhichWithOnlyTheCandidates()
    {
        var choices = new List<OwnerOption> { new(OwnerChoice.Person(3), "Rachel Jones (T/DCC)"), new(OwnerChoice.Person(6), "Sam Jones (SO)") };

        var html = await RenderAsync(new ActionProposal(new(null, "Jones to review.", "Jones"), [new AmbiguousOwner("Jones", choices)], null));

        Assert.Contains("“Jones” could be more than one person: choose which one owns this action.", html);
        Assert.Contains("<label for=\"qe-owner0-pick\">Which “Jones”?</label>", html);
        Assert.Contains("<option value=\"person:6\">Sam Jones (SO)</option>", html);
        Assert.DoesNotContain("John Campion", html);
    }

    [Fact]
    public async Task Render_ResolvedOwnerAndTypedNumberNotKept_ShowsTheOwnerAndSaysWhy()
    {
        var owner = new ResolvedOwner("CC", AllOwners[0]);

        var html = await RenderAsync(new ActionProposal(new(3, "CC to share the debrief.", "CC"), [owner], "Typed as Action 3; it will be Action 1."));

        Assert.Contains("<p class=\"quick-entry-description\" id=\"qe-text\">Proposed action: CC to share the debrief.</p>", html);
        Assert.Contains("<p class=\"form-hint\">Typed as Action 3; it will be Action 1.</p>", html);
        Assert.Contains("Owner: <strong>CC – Chief Constable (Richard Cooper, acting)</strong>", html);
        Assert.DoesNotContain("<select", html);
        Assert.Contains("Due by the next meeting (Holding to account 2025-01)", html);
    }

    private static async Task<string> RenderAsync(ActionProposal proposal) => WebUtility.HtmlDecode(await ComponentHtml.RenderAsync<ProposalCard>(
        new Dictionary<string, object?>
        {
            [nameof(ProposalCard.Draft)] = new ProposalDraft(proposal, byNextMeeting: true),
            [nameof(ProposalCard.AllOwners)] = AllOwners,
            [nameof(ProposalCard.IdPrefix)] = "qe",
            [nameof(ProposalCard.NextMeetingTitle)] = "Holding to account 2025-01",
        }));
}
