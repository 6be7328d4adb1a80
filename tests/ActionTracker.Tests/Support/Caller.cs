using System.Globalization;
using System.Security.Claims;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Support;

/// <summary>
/// Who is calling, as the sign-in cookie describes them (see AppUserClaimsPrincipalFactory): the account name, the display
/// name, the role and the linked person. Any part may be left out; an unauthenticated caller has no authentication type.
/// </summary>
public sealed record Caller(
    string? Role, string? Name = TestDatabase.SignedInName, string? GivenName = TestDatabase.SignedInName, int? PersonId = null,
    bool IsAuthenticated = true)
{
    /// <summary>The default caller of the service tests: the secretariat's minute taker, who may manage meetings and actions.</summary>
    public static Caller Secretariat { get; } = new(Roles.Secretariat);

    /// <summary>Nobody signed in: no claims at all, as Blazor describes an anonymous circuit.</summary>
    public static Caller Anonymous { get; } = new(null, null, null, IsAuthenticated: false);

    public static Caller ChiefOfficer(int? personId) => new(Roles.ChiefOfficer, PersonId: personId);

    public ClaimsPrincipal ToPrincipal()
    {
        Claim?[] claims =
        [
            Name is null ? null : new Claim(ClaimTypes.Name, Name),
            GivenName is null ? null : new Claim(ClaimTypes.GivenName, GivenName),
            Role is null ? null : new Claim(ClaimTypes.Role, Role),
            PersonId is { } id ? new Claim(CurrentUser.PersonIdClaim, id.ToString(CultureInfo.InvariantCulture)) : null,
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims.OfType<Claim>(), IsAuthenticated ? "Test" : null));
    }
}
