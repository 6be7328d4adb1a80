using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Account;

namespace ActionTracker.Tests.Features.Account;

/// <summary>Every service write, made by every role and by nobody signed in; the writes themselves are in the other part.</summary>
public enum Write
{
    NewMeeting,
    EditMeeting,
    NewAttendee,
    EditAttendee,
    RemoveAttendee,
    NewAgendaItem,
    EditAgendaItem,
    GiveVerdict,
    RaiseAction,
    EditOwnAction,
    MoveOwnActionToInProgress,
    CloseOwnAction,
    CreateUser,
    SetRole,
    UnlockUser,
}

/// <summary>Who calls: each of the five roles, and an unauthenticated principal.</summary>
public enum Who
{
    Administrator,
    Secretariat,
    Chair,
    ChiefOfficer,
    Viewer,
    Unauthenticated,
}

/// <summary>
/// The permission matrix. The expected outcomes are written out here by hand, from what each role is for, and are not derived
/// from <see cref="RolePermissions"/>: a change to the grants, or a service that forgets its check, makes a row fail.
/// The chief officer calls as the person who owns the action, so the action rows show what owning does and does not allow.
/// </summary>
public partial class PermissionMatrixTests : DatabaseTest
{
    private const bool Yes = true;
    private const bool No = false;

    private static readonly Dictionary<Write, bool[]> Allowed = new()
    {
        // The chief officer owns the action (it is owned by their person): owning lets them move it on, nothing more.
        //                                   Administrator Secretariat Chair ChiefOfficer Viewer Unauthenticated
        [Write.NewMeeting] =                [No,           Yes,        Yes,  No,          No,    No],
        [Write.EditMeeting] =               [No,           Yes,        Yes,  No,          No,    No],
        [Write.NewAttendee] =               [No,           Yes,        Yes,  No,          No,    No],
        [Write.EditAttendee] =              [No,           Yes,        Yes,  No,          No,    No],
        [Write.RemoveAttendee] =            [No,           Yes,        Yes,  No,          No,    No],
        [Write.NewAgendaItem] =             [No,           Yes,        Yes,  No,          No,    No],
        [Write.EditAgendaItem] =            [No,           Yes,        Yes,  No,          No,    No],
        [Write.GiveVerdict] =               [No,           No,         Yes,  No,          No,    No],
        [Write.RaiseAction] =               [No,           Yes,        Yes,  No,          No,    No],
        [Write.EditOwnAction] =             [No,           Yes,        Yes,  No,          No,    No],
        [Write.MoveOwnActionToInProgress] = [No,           Yes,        Yes,  Yes,         No,    No],
        [Write.CloseOwnAction] =            [No,           Yes,        Yes,  No,          No,    No],
        [Write.CreateUser] =                [Yes,          No,         No,   No,          No,    No],
        [Write.SetRole] =                   [Yes,          No,         No,   No,          No,    No],
        [Write.UnlockUser] =                [Yes,          No,         No,   No,          No,    No],
    };

    public static TheoryData<Write, Who, bool> EveryWriteByEveryCaller()
    {
        var data = new TheoryData<Write, Who, bool>();
        foreach (var write in Enum.GetValues<Write>())
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(write, who, Allowed[write][(int)who]);
            }
        }

        return data;
    }

    [Fact]
    public void Allowed_EveryWrite_HasOneOutcomePerCaller()
    {
        Assert.Equal(Enum.GetValues<Write>().Order(), Allowed.Keys.Order());
        Assert.All(Allowed.Values, outcomes => Assert.Equal(Enum.GetValues<Who>().Length, outcomes.Length));
    }

    [Fact]
    public void Who_EveryRole_HasAColumn() =>
        Assert.Equal(Roles.All.Order(), Enum.GetValues<Who>().Where(w => w != Who.Unauthenticated).Select(RoleOf).Order());

    [Theory]
    [MemberData(nameof(EveryWriteByEveryCaller))]
    public async Task Write_ByEachCaller_TakesEffectOrIsRefusedWithNothingSaved(Write write, Who who, bool allowed)
    {
        var scenario = await ArrangeAsync(write);
        var caller = CallerFor(who);

        if (allowed)
        {
            await scenario.Make(caller);
            Assert.Equal(scenario.Expected, await QueryAsync(scenario.Effect));
        }
        else
        {
            await AssertDeniedAsync(() => scenario.Make(caller), scenario.EditedRow);
            Assert.NotEqual(scenario.Expected, await QueryAsync(scenario.Effect));
        }
    }

    private Caller CallerFor(Who who) => who switch
    {
        Who.Unauthenticated => Caller.Anonymous,
        Who.ChiefOfficer => Caller.ChiefOfficer(Seed.OfficerId),
        _ => new Caller(RoleOf(who)),
    };

    private static string RoleOf(Who who) => who switch
    {
        Who.Administrator => Roles.Administrator,
        Who.Secretariat => Roles.Secretariat,
        Who.Chair => Roles.Chair,
        Who.ChiefOfficer => Roles.ChiefOfficer,
        Who.Viewer => Roles.Viewer,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "Not a role."),
    };
}

/// <summary>
/// One write of the matrix: <see cref="Make"/> makes it as a caller; <see cref="EditedRow"/> reads the row it edits (null for
/// a new row); <see cref="Effect"/> reads what it changes, which is <see cref="Expected"/> once it has been made.
/// </summary>
public sealed record WriteScenario(Func<Caller, Task> Make, RowQuery? EditedRow, RowQuery Effect, object? Expected);
