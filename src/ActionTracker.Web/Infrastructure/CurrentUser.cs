using Microsoft.AspNetCore.Components.Authorization;

namespace ActionTracker.Web.Infrastructure;

/// <summary>Who is making a change, for the action history. Reads the circuit's authentication state.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationStateProvider)
{
    public const string Anonymous = "Unknown user";

    public async Task<string> GetDisplayNameAsync()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        return state.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
    }
}
