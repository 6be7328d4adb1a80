using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ActionTracker.Tests.Support;

/// <summary>The circuit's user as the app sees it: signed in with a name, or anonymous when the name is null.</summary>
public sealed class SignedInUser(string? name) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var identity = name is null
            ? new ClaimsIdentity()
            : new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], authenticationType: "Test");
        return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity)));
    }
}
