using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings.QuickEntry;
using ActionTracker.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Meetings.QuickEntry;

/// <summary>
/// Quick entry on real SQLite: the seeded meeting of 16 December 2024 with its chair (PCC) and the officer, Jo Briggs,
/// attending as CC and holding the CC post today; actions typed in the notes of item 2.
/// </summary>
public sealed class QuickEntryServiceTests : DatabaseTest
{
    private const string Notes = "Neighbourhood teams were discussed.\nACTION: CC to share the staffing plan.\nAction 7: ZZ to report on vacancies.";
    private const string ReportOnVacancies = "ZZ to report on vacancies.";

    private QuickEntryService QuickEntry(Caller? caller = null) =>
        new(Db.Factory, new ConfirmProposalValidator(Db.Factory), Db.Actions(caller), Db.CurrentUser(caller));

    [Fact]
    public async Task ProposeAsync_ActionLines_ResolvesTheCcAndFlagsTheUnknownOwner()
    {
        await OfficerAttendsAsChiefConstableAsync();

        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes);

        Assert.Equal(2, set.Proposals.Count);
        Assert.Equal(new ActionLine(null, "CC to share the staffing plan.", "CC"), set.Proposals[0].Line);
        Assert.Equal([new ResolvedOwner("CC", new(OwnerChoice.Post(Seed.ChiefConstablePostId), "CC – Chief Constable (Jo Briggs)"))],
            set.Proposals[0].Owners);
        Assert.Null(set.Proposals[0].NumberNote);
        Assert.Equal([new UnresolvedOwner("ZZ")], set.Proposals[1].Owners);
        Assert.Equal("Typed as Action 7; it will be Action 2, because actions are numbered in the order they are raised at this meeting.",
            set.Proposals[1].NumberNote);
        Assert.Equal("Holding to account 2025-01", set.NextMeetingTitle);
        Assert.Equal(["CC – Chief Constable (Jo Briggs)", $"{TestData.ChairName} (PCC)", $"{TestData.OfficerName} (CC)"],
            set.AllOwners.Select(o => o.Label));
    }

    [Fact]
    public async Task ProposeAsync_LineSetAside_IsLeftOut_AndTheNextIsNumberedAsIfItWereNotThere()
    {
        await OfficerAttendsAsChiefConstableAsync();
        var setAside = new HashSet<ActionLine> { new(null, "CC to share the staffing plan.", "CC") };

        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes, setAside);

        Assert.Equal([ReportOnVacancies], set.Proposals.Select(p => p.Line.Description));
        Assert.Equal("Typed as Action 7; it will be Action 1, because actions are numbered in the order they are raised at this meeting.",
            set.Proposals[0].NumberNote);
    }

    [Fact]
    public async Task ConfirmAsync_ResolvedOwner_RaisesTheActionWithThatOwnerAndHistory()
    {
        await OfficerAttendsAsChiefConstableAsync();
        var proposal = (await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes)).Proposals[0];

        var id = await QuickEntry().ConfirmAsync(new ConfirmProposal
        {
            MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = proposal, ByNextMeeting = true,
        });

        var action = await ReadActionAsync(id);
        Assert.Equal(("CC to share the staffing plan.", 1, Seed.ItemTwoId, (int?)Seed.NextMeetingId, (DateOnly?)null),
            (action.Action.Description, action.Action.Number, action.Action.AgendaItemId, action.Action.TargetMeetingId, action.Action.DueDate));
        Assert.Equal([new OwnerRow(null, null, Seed.ChiefConstablePostId, "CC", null, TestData.OfficerName)], action.Action.Owners);
        var raised = Assert.Single(action.History);
        Assert.Equal(("Raised", "Action 1", TestDatabase.SignedInName), (raised.Change, raised.Note, raised.By));
        Assert.Equal([new ActionChanged(Seed.MeetingId, id)], Db.Notifier.Published);
    }

    [Fact]
    public async Task ProposeAsync_LineAlreadyRaisedUnderTheItem_IsNotProposedAgain()
    {
        await OfficerAttendsAsChiefConstableAsync();
        var proposal = (await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes)).Proposals[0];
        await QuickEntry().ConfirmAsync(new ConfirmProposal
        {
            MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = proposal, DueDate = new DateOnly(2025, 2, 28),
        });

        var again = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes.Replace("share the", "share  the", StringComparison.Ordinal));

        Assert.Equal([ReportOnVacancies], again.Proposals.Select(p => p.Line.Description));
    }

    [Fact]
    public async Task ConfirmAsync_UnresolvedOwnerWithoutAPick_RefusedAndNothingSaved()
    {
        var proposal = (await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes)).Proposals[1];

        await AssertRejectedAsync(
            () => QuickEntry().ConfirmAsync(new ConfirmProposal
            {
                MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = proposal, DueDate = new DateOnly(2025, 2, 28),
            }),
            "Owner not recognised: “ZZ”. Choose who owns this action.");
        Assert.Empty(Db.Notifier.Published);
    }

    [Fact]
    public async Task ConfirmAsync_UnresolvedOwnerPickedAsABody_RaisesItWithThatBody()
    {
        var proposal = (await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes)).Proposals[1];

        var id = await QuickEntry().ConfirmAsync(new ConfirmProposal
        {
            MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = proposal, Picks = [OwnerChoice.Body("ZZ")],
            DueDate = new DateOnly(2025, 2, 28),
        });

        var action = (await ReadActionAsync(id)).Action;
        Assert.Equal((ReportOnVacancies, (DateOnly?)new DateOnly(2025, 2, 28)), (action.Description, action.DueDate));
        Assert.Equal([new OwnerRow(null, null, null, null, "ZZ")], action.Owners);
    }

    [Fact]
    public async Task ConfirmAsync_SameProposalTwice_SecondRefusedAsAlreadyRaised()
    {
        await OfficerAttendsAsChiefConstableAsync();
        var proposal = (await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes)).Proposals[0];
        ConfirmProposal Confirm() => new() { MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = proposal, ByNextMeeting = true };
        await QuickEntry().ConfirmAsync(Confirm());

        await AssertRejectedAsync(() => QuickEntry().ConfirmAsync(Confirm()), "This action has already been raised under this item.");
    }

    [Fact]
    public async Task ConfirmAsync_NeitherDueDateNorNextMeeting_Refused()
    {
        await OfficerAttendsAsChiefConstableAsync();
        var proposal = (await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes)).Proposals[0];

        await AssertRejectedAsync(
            () => QuickEntry().ConfirmAsync(new ConfirmProposal { MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = proposal }),
            "Give a due date, or choose “by next meeting”.");
    }

    [Fact]
    public async Task ConfirmAsync_ByNextMeetingWithNoneLinked_TargetsTheSeriesNextMeeting()
    {
        await OfficerAttendsAsChiefConstableAsync();
        await UnlinkNextMeetingAsync();
        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes);

        var id = await QuickEntry().ConfirmAsync(new ConfirmProposal
        {
            MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = set.Proposals[0], ByNextMeeting = true,
        });

        Assert.Equal("Holding to account 2025-01", set.NextMeetingTitle);
        Assert.Equal(Seed.NextMeetingId, (await ReadActionAsync(id)).Action.TargetMeetingId);
    }

    [Fact]
    public async Task ConfirmAsync_ByNextMeetingWhenThereIsNone_RefusedAndNothingSaved()
    {
        await OfficerAttendsAsChiefConstableAsync();
        await UnlinkNextMeetingAsync();
        await using (var db = Db.NewContext())
        {
            await db.Meetings.Where(m => m.Id == Seed.NextMeetingId)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.Date, TestData.MeetingDate.AddDays(-400)));
        }

        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes);

        Assert.Null(set.NextMeetingTitle);
        await AssertRejectedAsync(() => QuickEntry().ConfirmAsync(new ConfirmProposal
        {
            MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = set.Proposals[0], ByNextMeeting = true,
        }), "This meeting has no next meeting yet: give a due date instead.");
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.ChiefOfficer)]
    public async Task ConfirmAsync_NotAnEditor_DeniedAndNothingSaved_EvenForALineThatWouldBeRefused(string role)
    {
        await OfficerAttendsAsChiefConstableAsync();
        // The second line's owner is not recognised: an editor would be told to choose one; these callers are refused first.
        var proposal = (await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes)).Proposals[1];

        await AssertDeniedAsync(() => QuickEntry(new Caller(role)).ConfirmAsync(new ConfirmProposal
        {
            MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = proposal, ByNextMeeting = true,
        }));
    }

    [Fact]
    public async Task ProposeAsync_ActionOnTheActionsArisingLine_IsProposed()
    {
        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId,
            "Actions arising: Findings from the rape survey to be shared with the PCC's office");

        var proposal = Assert.Single(set.Proposals);
        Assert.Equal("Findings from the rape survey to be shared with the PCC's office", proposal.Line.Description);
        Assert.Equal([new UnresolvedOwner("")], proposal.Owners);
    }

    [Fact]
    public async Task ProposeAsync_ThereWereNoActionsArising_ProposesNothing()
    {
        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, "Summary of actions arising\nThere were no actions arising.");

        Assert.Empty(set.Proposals);
    }

    [Fact]
    public async Task ProposeAsync_OwnerNamedByAPostNotInTheRoom_ResolvesToThePostAndItsHolderOnTheDay()
    {
        var (accPostId, cooperId) = await AccCooperNotAttendingAsync(holdingEnds: null);

        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId,
            "ACTION: ACC to share the problem profile.\nACTION: ACC Cooper to review the contract.\nACTION: DCC to confirm dates.");

        Assert.Equal([new ResolvedOwner("ACC", new(OwnerChoice.Post(accPostId), "ACC – Assistant Chief Constable (Richard Cooper)"))],
            set.Proposals[0].Owners);
        Assert.Equal([new ResolvedOwner("ACC Cooper", new(OwnerChoice.Person(cooperId), "Richard Cooper"))], set.Proposals[1].Owners);
        Assert.Equal([new UnresolvedOwner("DCC")], set.Proposals[2].Owners); // no such post: still flagged
        Assert.Contains(set.AllOwners, o => o.Choice == OwnerChoice.Post(accPostId));
    }

    [Fact]
    public async Task ConfirmAsync_OwnerByPostNotInTheRoom_RaisesTheActionOwnedByThePost()
    {
        var (accPostId, _) = await AccCooperNotAttendingAsync(holdingEnds: null);
        var proposal = (await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, "ACTION: ACC to share the problem profile.")).Proposals[0];

        var id = await QuickEntry().ConfirmAsync(new ConfirmProposal
        {
            MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Proposal = proposal, ByNextMeeting = true,
        });

        Assert.Equal(accPostId, Assert.Single((await ReadActionAsync(id)).Action.Owners).PostId);
    }

    [Fact]
    public async Task ProposeAsync_PostNobodyHeldOnTheDay_ResolvesToThePostAsVacant()
    {
        var (accPostId, _) = await AccCooperNotAttendingAsync(holdingEnds: TestData.MeetingDate.AddDays(-1));

        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, "ACTION: ACC to share the problem profile.");

        Assert.Equal([new ResolvedOwner("ACC", new(OwnerChoice.Post(accPostId), "ACC – Assistant Chief Constable (vacant)"))], set.Proposals[0].Owners);
    }

    [Fact]
    public async Task ProposeAsync_PersonWhoseHoldingEndedBeforeTheMeetingDay_IsFlagged()
    {
        await AccCooperNotAttendingAsync(holdingEnds: TestData.MeetingDate.AddDays(-1));

        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, "ACTION: ACC Cooper to review the contract.");

        Assert.Equal([new UnresolvedOwner("ACC Cooper")], set.Proposals[0].Owners);
    }

    [Fact]
    public async Task ProposeAsync_NoNextMeeting_ProposesTheSecretariatsPeriodAfterTheMeeting_AndConfirmNeedsNoDateTyped()
    {
        await OfficerAttendsAsChiefConstableAsync();
        await NoNextMeetingAsync();

        var byDefault = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes);
        await Settings().SaveAsync(new SaveSettings { DueDays = 14 });
        var afterChange = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes);
        var id = await QuickEntry().ConfirmAsync(new ProposalDraft(afterChange.Proposals[0], byNextMeeting: false, afterChange.DefaultDueDate)
            .ToConfirm(Seed.MeetingId, Seed.ItemTwoId));

        Assert.Equal(TestData.MeetingDate.AddDays(28), byDefault.DefaultDueDate);
        Assert.Equal(TestData.MeetingDate.AddDays(14), afterChange.DefaultDueDate);
        Assert.Equal(TestData.MeetingDate.AddDays(14), (await ReadActionAsync(id)).Action.DueDate);
    }

    [Fact]
    public async Task ProposeAsync_WithANextMeeting_ProposesItsDate()
    {
        var set = await QuickEntry().ProposeAsync(Seed.MeetingId, Seed.ItemTwoId, Notes);

        Assert.Equal(new DateOnly(2025, 1, 20), set.DefaultDueDate);
    }

    private SettingsService Settings(Caller? caller = null) => new(Db.Factory, new SaveSettingsValidator(), Db.CurrentUser(caller));

    private async Task NoNextMeetingAsync()
    {
        await UnlinkNextMeetingAsync();
        await using var db = Db.NewContext();
        await db.Meetings.Where(m => m.Id == Seed.NextMeetingId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Date, TestData.MeetingDate.AddDays(-400)));
    }

    /// <summary>Richard Cooper holds the ACC post (from 2024, until <paramref name="holdingEnds"/>) and is not at the meeting.</summary>
    private async Task<(int PostId, int PersonId)> AccCooperNotAttendingAsync(DateOnly? holdingEnds)
    {
        await using var db = Db.NewContext();
        var post = new Post { Title = "Assistant Chief Constable", Abbreviation = "ACC", Organisation = Organisation.Force };
        var cooper = new Person { Name = "Richard Cooper" };
        db.PostHoldings.Add(new PostHolding { Person = cooper, Post = post, From = new DateOnly(2024, 1, 1), To = holdingEnds });
        await db.SaveChangesAsync();
        return (post.Id, cooper.Id);
    }

    private async Task UnlinkNextMeetingAsync()
    {
        await using var db = Db.NewContext();
        await db.Meetings.Where(m => m.Id == Seed.MeetingId).ExecuteUpdateAsync(m => m.SetProperty(x => x.NextMeetingId, (int?)null));
    }

    private async Task OfficerAttendsAsChiefConstableAsync()
    {
        await using var db = Db.NewContext();
        db.Attendances.Add(new Attendance { MeetingId = Seed.MeetingId, PersonId = Seed.OfficerId, Capacity = "Chief Constable", Initials = "CC" });
        db.PostHoldings.Add(new PostHolding { PersonId = Seed.OfficerId, PostId = Seed.ChiefConstablePostId, From = new DateOnly(2024, 1, 1) });
        await db.SaveChangesAsync();
    }
}
