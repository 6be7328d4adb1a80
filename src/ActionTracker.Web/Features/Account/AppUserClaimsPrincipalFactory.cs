using System.Globalization;
using System.Security.Claims;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ActionTracker.Web.Features.Account;

/// <summary>Puts the display name and the linked person into the sign-in cookie, so services need no lookup to know who calls.</summary>
public sealed class AppUserClaimsPrincipalFactory(UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        if (user.PersonId is { } personId)
        {
            identity.AddClaim(new Claim(CurrentUser.PersonIdClaim, personId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
