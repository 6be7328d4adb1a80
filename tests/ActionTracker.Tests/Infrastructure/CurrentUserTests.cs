using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Infrastructure;

/// <summary>Who the caller is, read from the principal; which permission each role has is in PermissionMatrixTests.</summary>
public class CurrentUserTests : DatabaseTest
{
    [Fact]
    public async Task GetDisplayNameAsync_SignedIn_TheirName() =>
        Assert.Equal("Lucy Milner", await Db.CurrentUser(Caller.Secretariat with { Name = "Lucy Milner", GivenName = null }).GetDisplayNameAsync());

    [Fact]
    public async Task GetDisplayNameAsync_Anonymous_UnknownUser() =>
        Assert.Equal(CurrentUser.Anonymous, await Db.CurrentUser(Caller.Anonymous).GetDisplayNameAsync());

    [Fact]
    public async Task GetDisplayNameAsync_AccountNameAndDisplayName_TheDisplayName() =>
        Assert.Equal("Lucy Milner", await Db.CurrentUser(Caller.Secretariat with { Name = "lucy.milner@opcc.example" }).GetDisplayNameAsync());

    [Fact]
    public async Task GetPersonIdAsync_ClaimPresent_ThePersonId() =>
        Assert.Equal(Seed.OfficerId, await Db.CurrentUser(Caller.ChiefOfficer(Seed.OfficerId)).GetPersonIdAsync());

    [Fact]
    public async Task GetPersonIdAsync_NoClaim_Null() => Assert.Null(await Db.CurrentUser(Caller.ChiefOfficer(null)).GetPersonIdAsync());

    [Fact]
    public async Task HasAsync_UnauthenticatedPrincipalCarryingTheChairRole_NothingGranted() =>
        await AssertGrantsNothingAsync(new Caller(Roles.Chair, IsAuthenticated: false));

    [Fact]
    public async Task HasAsync_RoleThatIsNotOneOfTheFive_NothingGranted() => await AssertGrantsNothingAsync(new Caller("Superuser"));

    [Fact]
    public async Task EnsureAsync_ViewerGivingAVerdict_RefusedInWordsAPersonUnderstands()
    {
        var denied = await Assert.ThrowsAsync<PermissionDeniedException>(
            () => Db.CurrentUser(new Caller(Roles.Viewer)).EnsureAsync(Permission.GiveVerdict));

        Assert.Equal("Your role does not allow you to give the assurance verdict.", denied.Message);
    }

    private async Task AssertGrantsNothingAsync(Caller caller)
    {
        var user = Db.CurrentUser(caller);
        foreach (var permission in Enum.GetValues<Permission>())
        {
            Assert.False(await user.HasAsync(permission), $"{permission} was granted.");
        }
    }
}
