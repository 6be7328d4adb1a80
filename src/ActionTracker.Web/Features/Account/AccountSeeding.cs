using ActionTracker.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace ActionTracker.Web.Features.Account;

/// <summary>The roles every database has, and the first administrator of a real install.</summary>
public static class AccountSeeding
{
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(role => !roleManager.Roles.Any(r => r.Name == role)))
        {
            Check(await roleManager.CreateAsync(new IdentityRole(role)), $"create role {role}");
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

    internal static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
