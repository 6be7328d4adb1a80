using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ActionTracker.Web.Features.Live;

/// <summary>
/// This circuit's (this tab's) side of <see cref="IMeetingPresence"/>: one per circuit (scoped), it names the circuit, says who
/// is signed in, and takes the circuit out of presence when its connection drops or it closes, putting it back on reconnect.
/// </summary>
public sealed class CircuitPresence(IMeetingPresence presence, AuthenticationStateProvider authentication) : CircuitHandler
{
    private readonly string _circuitKey = Guid.NewGuid().ToString("N");
    private readonly Lock _lock = new();
    private readonly Dictionary<int, int?> _editingByMeeting = [];
    private PresenceUser? _user;

    /// <summary>The signed-in user, or null when nobody is (presence is for signed-in people only).</summary>
    public async Task<PresenceUser?> GetUserAsync()
    {
        if (_user is null)
        {
            var principal = (await authentication.GetAuthenticationStateAsync()).User;
            if (principal.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name })
            {
                _user = new PresenceUser(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? name,
                    principal.FindFirstValue(ClaimTypes.GivenName) ?? name);
            }
        }

        return _user;
    }

    public async Task JoinAsync(int meetingId)
    {
        if (await GetUserAsync() is not { } user)
        {
            return;
        }

        lock (_lock)
        {
            _editingByMeeting[meetingId] = null;
        }

        await presence.JoinAsync(_circuitKey, meetingId, user);
    }

    public Task LeaveAsync(int meetingId)
    {
        lock (_lock)
        {
            _editingByMeeting.Remove(meetingId);
        }

        return presence.LeaveAsync(_circuitKey, meetingId);
    }

    public Task StartEditingAsync(int meetingId, int agendaItemId) => SetEditingAsync(meetingId, agendaItemId, _ => true);

    /// <summary>Stops editing <paramref name="agendaItemId"/>, unless this tab has moved on to another item meanwhile.</summary>
    public Task StopEditingAsync(int meetingId, int agendaItemId) => SetEditingAsync(meetingId, null, current => current == agendaItemId);

    private Task SetEditingAsync(int meetingId, int? agendaItemId, Func<int?, bool> applies)
    {
        lock (_lock)
        {
            if (!_editingByMeeting.TryGetValue(meetingId, out var current) || !applies(current))
            {
                return Task.CompletedTask;
            }

            _editingByMeeting[meetingId] = agendaItemId;
        }

        return presence.SetEditingAsync(_circuitKey, meetingId, agendaItemId);
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => presence.RemoveCircuitAsync(_circuitKey);

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken) => presence.RemoveCircuitAsync(_circuitKey);

    /// <summary>Back after a dropped connection: the tab still shows the meetings it had open, so it is present again.</summary>
    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        KeyValuePair<int, int?>[] open;
        lock (_lock)
        {
            open = [.. _editingByMeeting];
        }

        if (open.Length == 0 || await GetUserAsync() is not { } user)
        {
            return;
        }

        foreach (var (meetingId, editing) in open)
        {
            await presence.JoinAsync(_circuitKey, meetingId, user);
            await presence.SetEditingAsync(_circuitKey, meetingId, editing);
        }
    }
}
