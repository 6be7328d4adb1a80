using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Account;

/// <summary>The roles every database has, the demo's one user per role, and the first administrator of a real install.</summary>
public static class AccountSeeding
{
    private static readonly (string Email, string Role, string DisplayName, string? PersonName)[] DemoUsers =
    [
        (DemoAccounts.Administrator, Roles.Administrator, "Demo Administrator", null),
        (DemoAccounts.Secretariat, Roles.Secretariat, "Lucy Milner", "Lucy Milner"),
        (DemoAccounts.Chair, Roles.Chair, "John Campion", "John Campion"),
        (DemoAccounts.ChiefOfficer, Roles.ChiefOfficer, "Richard Cooper", "Richard Cooper"),
        (DemoAccounts.Viewer, Roles.Viewer, "Demo Viewer", null),
    ];

    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(role => !roleManager.Roles.Any(r => r.Name == role)))
        {
            Check(await roleManager.CreateAsync(new IdentityRole(role)), $"create role {role}");
        }
    }

    public static async Task SeedDemoUsersAsync(IServiceProvider services, CancellationToken ct)
    {
        var userManager = services.GetRequiredService<UserManager<AppUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        foreach (var (email, role, displayName, personName) in DemoUsers)
        {
            if (await userManager.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var personId = personName is null ? null : await db.People.Where(p => p.Name == personName).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, PersonId = personId };
            Check(await userManager.CreateAsync(user, DemoAccounts.Password), $"create demo user {email}");
            Check(await userManager.AddToRoleAsync(user, role), $"give {email} the role {role}");
        }
    }

    /// <summary>Creates the first administrator; refuses when one already exists, so it cannot be used to take over an install.</summary>
    public static async Task<string> CreateFirstAdministratorAsync(IServiceProvider services, string email, string password)
    {
        var userManager = services.GetRequiredService<UserManager<AppUser>>();
        if ((await userManager.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return "An administrator already exists: sign in as them to add users. Nothing was changed.";
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return "The administrator was not created: " + string.Join(" ", created.Errors.Select(e => e.Description));
        }

        Check(await userManager.AddToRoleAsync(user, Roles.Administrator), "give the first administrator their role");
        return $"Administrator {email} created. Start the app without --create-admin and sign in.";
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
