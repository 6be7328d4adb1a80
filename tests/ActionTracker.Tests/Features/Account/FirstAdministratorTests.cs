using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Tests.Features.Account;

/// <summary>The first administrator of a new install (the app's --create-admin option).</summary>
public sealed class FirstAdministratorTests : DatabaseTest
{
    [Fact]
    public async Task CreateFirstAdministratorAsync_EmptyInstall_CreatesAnAdministratorWhoCanSignIn()
    {
        await using var scope = (await Db.IdentityAsync()).CreateAsyncScope();

        var said = await AccountSeeding.CreateFirstAdministratorAsync(scope.ServiceProvider, "admin@opcc.example", "a long first passphrase");

        Assert.StartsWith("Administrator admin@opcc.example created", said, StringComparison.Ordinal);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = Assert.Single(await users.GetUsersInRoleAsync(Roles.Administrator));
        Assert.True(await users.CheckPasswordAsync(admin, "a long first passphrase"));
    }

    [Fact]
    public async Task CreateFirstAdministratorAsync_AnAdministratorExists_RefusesAndCreatesNobody()
    {
        await using var scope = (await Db.IdentityAsync()).CreateAsyncScope();
        await AccountSeeding.CreateFirstAdministratorAsync(scope.ServiceProvider, "first@opcc.example", "a long first passphrase");
        var before = await Db.CountRowsAsync();

        var said = await AccountSeeding.CreateFirstAdministratorAsync(scope.ServiceProvider, "intruder@example.org", "another long passphrase");

        Assert.Contains("already exists", said, StringComparison.Ordinal);
        Assert.Equal(before, await Db.CountRowsAsync());
    }

    [Fact]
    public async Task CreateFirstAdministratorAsync_ShortPassword_RefusedWithTheRule()
    {
        await using var scope = (await Db.IdentityAsync()).CreateAsyncScope();

        var said = await AccountSeeding.CreateFirstAdministratorAsync(scope.ServiceProvider, "admin@opcc.example", "short");

        Assert.Contains("at least 12 characters", said, StringComparison.Ordinal);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Administrator));
    }
}
