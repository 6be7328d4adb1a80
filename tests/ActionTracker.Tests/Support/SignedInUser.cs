using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ActionTracker.Tests.Support;

/// <summary>The circuit's user as the app sees it: a <see cref="Caller"/>'s principal, or one the app's own claims factory made.</summary>
public sealed class SignedInUser(ClaimsPrincipal principal) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
}
