using System.Globalization;
using System.Security.Claims;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;

namespace ActionTracker.Tests.Features.ActionItems.Progress;

/// <summary>Someone signed in: their account name, the name the app shows, their one role and, when linked, their person.</summary>
public sealed record Caller(string UserName, string DisplayName, string Role, int? PersonId = null);

/// <summary>The circuit's user as sign-in builds it: name, given name, role and the person-id claim.</summary>
public sealed class SignedInAs(Caller caller) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Name, caller.UserName),
            new(ClaimTypes.GivenName, caller.DisplayName),
            new(ClaimTypes.Role, caller.Role),
        ];
        if (caller.PersonId is { } personId)
        {
            claims.Add(new Claim(CurrentUser.PersonIdClaim, personId.ToString(CultureInfo.InvariantCulture)));
        }

        return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Test"))));
    }
}

/// <summary>A clock that stays where the test put it.</summary>
public sealed class StoppedClock(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}

/// <summary>Publishing is tested elsewhere; here it only has to succeed.</summary>
public sealed class SilentNotifier : IChangeNotifier
{
    public IDisposable Subscribe(IReadOnlyCollection<LiveTopic> topics, Func<LiveChange, Task> callback) => throw new NotSupportedException("Services only publish.");

    public long Sequence => 0;

    public bool PublishedSince(long mark, IReadOnlyCollection<LiveTopic> topics) => false;

    public Task PublishAsync(LiveChange change) => Task.CompletedTask;
}
