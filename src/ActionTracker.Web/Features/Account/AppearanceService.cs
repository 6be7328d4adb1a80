using System.Security.Claims;
using ActionTracker.Web.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Account;

/// <summary>The signed-in person's light or dark mode, kept with their account so it follows them to any device.</summary>
public sealed class AppearanceService(IDbContextFactory<AppDbContext> dbFactory, AuthenticationStateProvider authenticationStateProvider)
{
    public async Task<bool> PrefersDarkModeAsync(CancellationToken ct = default)
    {
        if (await GetUserIdAsync() is not { } userId)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PrefersDarkMode).SingleOrDefaultAsync(ct);
    }

    /// <summary>Saves the choice; signed out, there is no one to remember it for and nothing is saved.</summary>
    public async Task SetDarkModeAsync(bool dark, CancellationToken ct = default)
    {
        if (await GetUserIdAsync() is not { } userId)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PrefersDarkMode, dark), ct);
    }

    private async Task<string?> GetUserIdAsync()
    {
        var user = (await authenticationStateProvider.GetAuthenticationStateAsync()).User;
        return user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }
}
