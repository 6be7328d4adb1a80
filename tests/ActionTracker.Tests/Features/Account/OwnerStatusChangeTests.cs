using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Account;

/// <summary>How an action is tied, or not, to the chief officer (the seeded officer, Jo Briggs) on 10 January 2025.</summary>
public enum Ownership
{
    PersonDirectly,
    PostHeldToday,
    PostHeldActingToday,
    PostHeldFromToday,
    PostHeldUntilToday,
    PostHeldOnlyInThePast,
    PostHeldOnlyFromTomorrow,
    PostHeldBySomeoneElse,
    SomeoneElsePersonally,
    NamedBody,
}

/// <summary>
/// <see cref="ActionItemService.ChangeStatusAsync"/> for a chief officer: owners, directly or through a post they hold today,
/// may report progress and completion; closing, deferring and cancelling stay with the secretariat and the chair.
/// </summary>
public class OwnerStatusChangeTests : DatabaseTest
{
    private const string ChiefOfficerAccount = "jo.briggs@force.example";

    [Theory]
    [InlineData(Ownership.PostHeldToday, ActionStatus.InProgress, true)]
    // Completion goes through ActionProgressService.CompleteAsync, with evidence; a plain status change cannot do it.
    [InlineData(Ownership.PostHeldToday, ActionStatus.AwaitingSignOff, false)]
    [InlineData(Ownership.PostHeldToday, ActionStatus.Closed, false)]
    [InlineData(Ownership.PostHeldToday, ActionStatus.Deferred, false)]
    [InlineData(Ownership.PostHeldToday, ActionStatus.Cancelled, false)]
    [InlineData(Ownership.PostHeldActingToday, ActionStatus.InProgress, true)]
    [InlineData(Ownership.PostHeldFromToday, ActionStatus.InProgress, true)]
    [InlineData(Ownership.PostHeldUntilToday, ActionStatus.InProgress, true)]
    [InlineData(Ownership.PersonDirectly, ActionStatus.InProgress, true)]
    [InlineData(Ownership.PersonDirectly, ActionStatus.AwaitingSignOff, false)]
    [InlineData(Ownership.PersonDirectly, ActionStatus.Closed, false)]
    [InlineData(Ownership.PersonDirectly, ActionStatus.Deferred, false)]
    [InlineData(Ownership.PostHeldOnlyInThePast, ActionStatus.InProgress, false)]
    [InlineData(Ownership.PostHeldOnlyFromTomorrow, ActionStatus.InProgress, false)]
    [InlineData(Ownership.PostHeldBySomeoneElse, ActionStatus.InProgress, false)]
    [InlineData(Ownership.SomeoneElsePersonally, ActionStatus.InProgress, false)]
    [InlineData(Ownership.SomeoneElsePersonally, ActionStatus.AwaitingSignOff, false)]
    [InlineData(Ownership.NamedBody, ActionStatus.InProgress, false)]
    public async Task ChangeStatusAsync_ChiefOfficerByOwnership_OnlyOwnersProgressAllowed(Ownership ownership, ActionStatus to, bool allowed)
    {
        var id = await RaiseOwnedAsync(ownership);

        await AssertMoveAsync(Caller.ChiefOfficer(Seed.OfficerId), id, to, allowed);
    }

    [Fact]
    public async Task ChangeStatusAsync_ChiefOfficerWithoutPersonIdClaim_Refused() =>
        await AssertMoveAsync(Caller.ChiefOfficer(null), await RaiseOwnedAsync(Ownership.PersonDirectly), ActionStatus.InProgress, allowed: false);

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Administrator)]
    [InlineData(null)]
    public async Task ChangeStatusAsync_OwnerWhoseRoleMayNotUpdateActions_Refused(string? role) => await AssertMoveAsync(
        new Caller(role, PersonId: Seed.OfficerId), await RaiseOwnedAsync(Ownership.PersonDirectly), ActionStatus.InProgress, allowed: false);

    [Fact]
    public async Task ChangeStatusAsync_PostHeldUntilYesterdayInLondonThoughTodayInUtc_Refused()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): a holding that ended on 30 June has ended.
        Db.Time.UtcNow = new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.Zero);
        var id = await RaiseOwnedAsync(Ownership.PostHeldToday, to: new DateOnly(2025, 6, 30));

        await AssertMoveAsync(Caller.ChiefOfficer(Seed.OfficerId), id, ActionStatus.InProgress, allowed: false);
    }

    [Fact]
    public async Task ChangeStatusAsync_ByOwner_HistoryByIsTheirDisplayName()
    {
        var id = await RaiseOwnedAsync(Ownership.PostHeldToday);
        var caller = Caller.ChiefOfficer(Seed.OfficerId) with { Name = ChiefOfficerAccount, GivenName = TestData.OfficerName };

        await AssertMoveAsync(caller, id, ActionStatus.InProgress, allowed: true);

        var moved = (await ReadActionAsync(id)).History[^1];
        Assert.Equal(("Status", TestData.OfficerName), (moved.Change, moved.By));
    }

    [Fact]
    public async Task SaveAsync_SecretariatWithAccountNameAndDisplayName_HistoryByIsTheDisplayName()
    {
        var id = await Db.Actions(Caller.Secretariat with { Name = "lucy.milner@opcc.example" }).SaveAsync(NewAction());

        Assert.Equal(TestDatabase.SignedInName, Assert.Single((await ReadActionAsync(id)).History).By);
    }

    /// <summary>Makes the move as <paramref name="caller"/>: allowed, it is saved; refused, nothing is.</summary>
    private async Task AssertMoveAsync(Caller caller, int id, ActionStatus to, bool allowed)
    {
        var move = new ChangeActionStatus { ActionItemId = id, Version = (await ReadActionAsync(id)).Action.Version, Status = to, Note = "A note." };
        if (allowed)
        {
            await Db.Actions(caller).ChangeStatusAsync(move);
            Assert.Equal(to, (await ReadActionAsync(id)).Action.Status);
        }
        else
        {
            await AssertDeniedAsync(() => Db.Actions(caller).ChangeStatusAsync(move),
                Rows.Of(db => db.ActionItems.AsNoTracking().SingleAsync(a => a.Id == id)));
        }
    }

    /// <summary>Raises an action (as the secretariat) owned as <paramref name="ownership"/> says, adding the post holding it needs.</summary>
    private async Task<int> RaiseOwnedAsync(Ownership ownership, DateOnly? to = null)
    {
        var today = new DateOnly(2025, 1, 10);
        var holding = ownership switch
        {
            Ownership.PostHeldToday => HeldBy(Seed.OfficerId, new DateOnly(2023, 4, 1), to),
            Ownership.PostHeldActingToday => HeldBy(Seed.OfficerId, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), isActing: true),
            Ownership.PostHeldFromToday => HeldBy(Seed.OfficerId, today, null),
            Ownership.PostHeldUntilToday => HeldBy(Seed.OfficerId, new DateOnly(2023, 4, 1), today),
            Ownership.PostHeldOnlyInThePast => HeldBy(Seed.OfficerId, new DateOnly(2021, 4, 1), new DateOnly(2024, 12, 31)),
            Ownership.PostHeldOnlyFromTomorrow => HeldBy(Seed.OfficerId, today.AddDays(1), null),
            Ownership.PostHeldBySomeoneElse => HeldBy(Seed.MinuteTakerId, new DateOnly(2023, 4, 1), null),
            _ => null,
        };
        if (holding is not null)
        {
            await using var db = Db.NewContext();
            db.PostHoldings.Add(holding);
            await db.SaveChangesAsync();
        }

        var owner = ownership switch
        {
            Ownership.PersonDirectly => OwnerChoice.Person(Seed.OfficerId),
            Ownership.SomeoneElsePersonally => OwnerChoice.Person(Seed.MinuteTakerId),
            Ownership.NamedBody => OwnerChoice.Body("Force and PCC leads"),
            _ => OwnerChoice.Post(Seed.ChiefConstablePostId),
        };
        return await RaiseAsync(a => a.Owners = [owner]);
    }

    /// <summary>A holding of the Chief Constable's post, the post the actions are owned through.</summary>
    private PostHolding HeldBy(int personId, DateOnly from, DateOnly? to, bool isActing = false) =>
        new() { PersonId = personId, PostId = Seed.ChiefConstablePostId, From = from, To = to, IsActing = isActing };
}
