using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Demo;

/// <summary>The demo's one login per role (<see cref="DemoAccounts"/>), each linked to the demo person they play.</summary>
public static class DemoUsers
{
    private static readonly (string Email, string Role, string DisplayName, string? PersonName)[] Users =
    [
        (DemoAccounts.Administrator, Roles.Administrator, "Demo Administrator", null),
        (DemoAccounts.Secretariat, Roles.Secretariat, "Lucy Milner", "Lucy Milner"),
        (DemoAccounts.Chair, Roles.Chair, "John Campion", "John Campion"),
        (DemoAccounts.ChiefOfficer, Roles.ChiefOfficer, "Richard Cooper", "Richard Cooper"),
        (DemoAccounts.Viewer, Roles.Viewer, "Demo Viewer", null),
    ];

    /// <summary>Creates each demo login that does not exist yet; the roles must exist already.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var userManager = services.GetRequiredService<UserManager<AppUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        foreach (var (email, role, displayName, personName) in Users)
        {
            if (await userManager.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var personId = personName is null ? null : await db.People.Where(p => p.Name == personName).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, PersonId = personId };
            AccountSeeding.Check(await userManager.CreateAsync(user, DemoAccounts.Password), $"create demo user {email}");
            AccountSeeding.Check(await userManager.AddToRoleAsync(user, role), $"give {email} the role {role}");
        }
    }
}
