using System.Security.Claims;
using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Admin;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Tests.Features.Admin;

/// <summary>
/// <see cref="UserAdminService"/> as an administrator, on the app's own Identity registration; who else may call it is in
/// PermissionMatrixTests.
/// </summary>
public class UserAdminServiceTests : DatabaseTest
{
    private const string Email = "jo.briggs@force.example";
    private const string Password = "a long enough passphrase";
    private static readonly Caller Administrator = new(Roles.Administrator);

    [Fact]
    public async Task CreateAsync_ChiefOfficer_CanSignInWithThePasswordAndHasTheRoleAndPerson()
    {
        await (await AdminAsync()).CreateAsync(Account(Roles.ChiefOfficer));

        var (passwordWorks, roles, user) = await WithAccountAsync(async (users, user, _) =>
            (await users.CheckPasswordAsync(user, Password), await users.GetRolesAsync(user), user));

        Assert.True(passwordWorks);
        Assert.Equal([Roles.ChiefOfficer], roles);
        Assert.Equal((TestData.OfficerName, Seed.OfficerId), (user.DisplayName, user.PersonId));
    }

    [Fact]
    public async Task CreateAsync_ChiefOfficer_TheirSignInMayMoveTheActionTheyOwnAndHistoryNamesThem()
    {
        var id = await RaiseAsync();
        await (await AdminAsync()).CreateAsync(Account(Roles.ChiefOfficer));
        var version = (await ReadActionAsync(id)).Action.Version;

        // The principal the app's own claims factory makes at sign-in: the claims CurrentUser reads must be the ones it writes.
        await Db.Actions(Db.CurrentUser(await SignInAsync())).ChangeStatusAsync(
            new ChangeActionStatus { ActionItemId = id, Version = version, Status = ActionStatus.InProgress });

        var moved = (await ReadActionAsync(id)).History[^1];
        Assert.Equal(("In progress", TestData.OfficerName), (moved.To, moved.By));
    }

    [Fact]
    public async Task CreateAsync_EmailAlreadyUsed_RejectedAndNothingSaved()
    {
        var admin = await AdminAsync();
        await admin.CreateAsync(Account(Roles.Viewer));

        await AssertRejectedAsync(() => admin.CreateAsync(Account(Roles.Chair)), "There is already an account with that email.");
    }

    [Fact]
    public async Task CreateAsync_ChiefOfficerWithoutPerson_RejectedAndNothingSaved()
    {
        var admin = await AdminAsync();

        await AssertRejectedAsync(() => admin.CreateAsync(Account(Roles.ChiefOfficer, linkedToOfficer: false)),
            "Link a chief officer to their person record, so they can see and update the actions they own.");
    }

    [Fact]
    public async Task ListAsync_TwoAccounts_EachWithRoleAndPerson()
    {
        var admin = await AdminAsync();
        await admin.CreateAsync(Account(Roles.ChiefOfficer));
        await admin.CreateAsync(Account(Roles.Viewer, linkedToOfficer: false, "viewer@opcc.example", "Viewer"));

        var listed = await admin.ListAsync();

        Assert.Equal(
            [(TestData.OfficerName, Roles.ChiefOfficer, TestData.OfficerName, false), ("Viewer", Roles.Viewer, null, false)],
            listed.Select(u => (u.DisplayName, u.Role, u.PersonName, u.IsLockedOut)));
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(-1, false)]
    public async Task ListAsync_LockoutEndingMinutesFromNow_LockedOutOnlyWhileItLasts(int minutes, bool lockedOut)
    {
        var admin = await AdminAsync();
        await admin.CreateAsync(Account(Roles.Viewer, linkedToOfficer: false));
        var locked = await WithAccountAsync((users, user, _) => users.SetLockoutEndDateAsync(user, Db.Time.UtcNow.AddMinutes(minutes)));
        Assert.True(locked.Succeeded);

        Assert.Equal(lockedOut, Assert.Single(await admin.ListAsync()).IsLockedOut);
    }

    [Fact]
    public async Task ListAsync_Secretariat_Refused()
    {
        var users = await Db.UsersAsync(Caller.Secretariat);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => users.ListAsync());
    }

    [Fact]
    public async Task SetRoleAsync_ToChair_OnlyRoleIsChairAndSecurityStampRenewed()
    {
        var admin = await AdminAsync();
        await admin.CreateAsync(Account(Roles.Viewer, linkedToOfficer: false));
        var before = await ReadUserAsync();

        await admin.SetRoleAsync(before.Id, Roles.Chair);

        Assert.NotEqual(before.SecurityStamp, (await ReadUserAsync()).SecurityStamp);
        await using var db = Db.NewContext();
        Assert.Equal([Roles.Chair], await db.UserRoles.Where(ur => ur.UserId == before.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync());
    }

    [Fact]
    public async Task SetRoleAsync_NotOneOfTheFive_RejectedAndNothingSaved()
    {
        var admin = await AdminAsync();
        await admin.CreateAsync(Account(Roles.Viewer, linkedToOfficer: false));
        var user = await ReadUserAsync();
        var before = await Db.CountRowsAsync();

        var rejected = await Assert.ThrowsAsync<ValidationException>(() => admin.SetRoleAsync(user.Id, "Superuser"));

        Assert.Equal("Choose one of the five roles.", rejected.Message);
        Assert.Equal(before, await Db.CountRowsAsync());
        Assert.Equal(user.SecurityStamp, (await ReadUserAsync()).SecurityStamp);
    }

    [Fact]
    public async Task SetRoleAsync_ChiefOfficerWithoutAPerson_RejectedAndNothingSaved()
    {
        var admin = await AdminAsync();
        await admin.CreateAsync(Account(Roles.Viewer, linkedToOfficer: false));
        var user = await ReadUserAsync();

        var rejected = await Assert.ThrowsAsync<ValidationException>(() => admin.SetRoleAsync(user.Id, Roles.ChiefOfficer));

        Assert.Contains("is not linked to a person", rejected.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(user.SecurityStamp, (await ReadUserAsync()).SecurityStamp);
    }

    [Fact]
    public async Task SetRoleAsync_TheOnlyAdministratorDemoted_Rejected()
    {
        var admin = await AdminAsync();
        await admin.CreateAsync(Account(Roles.Administrator, linkedToOfficer: false));
        var user = await ReadUserAsync();

        var rejected = await Assert.ThrowsAsync<ValidationException>(() => admin.SetRoleAsync(user.Id, Roles.Viewer));

        Assert.Contains("only administrator", rejected.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(user.SecurityStamp, (await ReadUserAsync()).SecurityStamp);
    }

    private Task<UserAdminService> AdminAsync() => Db.UsersAsync(Administrator);

    private CreateUser Account(string role, bool linkedToOfficer = true, string email = Email, string displayName = TestData.OfficerName) => new()
    {
        Email = email, DisplayName = displayName, Role = role, PersonId = linkedToOfficer ? Seed.OfficerId : null, Password = Password,
    };

    /// <summary>The principal the app's own claims factory makes for the account at sign-in.</summary>
    private Task<ClaimsPrincipal> SignInAsync() =>
        WithAccountAsync((_, user, services) => services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user));

    private Task<T> WithAccountAsync<T>(Func<UserManager<AppUser>, AppUser, IServiceProvider, Task<T>> use) =>
        Db.WithUserManagerAsync(async (users, services) =>
            await use(users, await users.FindByEmailAsync(Email) ?? throw new InvalidOperationException("The account was not created."), services));

    private async Task<AppUser> ReadUserAsync()
    {
        await using var db = Db.NewContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == Email);
    }
}
