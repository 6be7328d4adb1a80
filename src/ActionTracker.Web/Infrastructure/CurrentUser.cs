using System.Globalization;
using System.Security.Claims;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Infrastructure;

/// <summary>
/// Who is calling, read from the circuit's (or request's) authentication state, and the one place where services ask
/// whether the caller may make a write. Hiding a button is not a guard: every write checks here.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationStateProvider, IDbContextFactory<AppDbContext> dbFactory, AppClock clock)
{
    public const string Anonymous = "Unknown user";
    public const string PersonIdClaim = "actiontracker:person_id";

    public async Task<ClaimsPrincipal> GetPrincipalAsync() => (await authenticationStateProvider.GetAuthenticationStateAsync()).User;

    public async Task<string> GetDisplayNameAsync()
    {
        var user = await GetPrincipalAsync();
        return user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? user.FindFirstValue(ClaimTypes.GivenName) ?? name : Anonymous;
    }

    public async Task<int?> GetPersonIdAsync() =>
        int.TryParse((await GetPrincipalAsync()).FindFirstValue(PersonIdClaim), CultureInfo.InvariantCulture, out var id) ? id : null;

    public async Task<bool> HasAsync(Permission permission)
    {
        var user = await GetPrincipalAsync();
        return user.Identity?.IsAuthenticated == true && Roles.All.Any(role => user.IsInRole(role) && RolePermissions.Grants(role, permission));
    }

    /// <summary>Refuses, with a message a person understands, unless the caller's role grants <paramref name="permission"/>.</summary>
    public async Task EnsureAsync(Permission permission)
    {
        if (!await HasAsync(permission))
        {
            throw Denied(permission);
        }
    }

    /// <summary>
    /// Lets managers act on any action, and owners (directly, or through a post they hold today, acting or not) on theirs.
    /// Returns true when the caller is acting as an owner rather than as a manager.
    /// </summary>
    public async Task<bool> EnsureManagesOrOwnsAsync(int actionItemId, CancellationToken ct)
    {
        if (await HasAsync(Permission.ManageActions))
        {
            return false;
        }

        if (await HasAsync(Permission.UpdateOwnActions) && await GetPersonIdAsync() is { } personId)
        {
            var today = clock.Today;
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var owns = await db.ActionOwners.AnyAsync(o => o.ActionItemId == actionItemId
                && (o.PersonId == personId
                    || db.PostHoldings.Any(h => h.PostId == o.PostId && h.PersonId == personId && h.From <= today && (h.To == null || h.To >= today))), ct);
            if (owns)
            {
                return true;
            }
        }

        throw new PermissionDeniedException("You can only update actions you own. Ask the OPCC secretariat to change this action.");
    }

    private static PermissionDeniedException Denied(Permission permission) =>
        new($"Your role does not allow you to {RolePermissions.Describe(permission)}.");
}
