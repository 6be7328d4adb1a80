using ActionTracker.Web.Features.Live.Servers;

namespace ActionTracker.Web.Features.Live;

/// <summary>A signed-in person as presence knows them: <paramref name="Key"/> is their account id, so two tabs are one person.</summary>
public sealed record PresenceUser(string Key, string DisplayName);

/// <summary>Someone who has the meeting open, and the agenda items they are editing now (one per open tab at most).</summary>
public sealed record PresentPerson(string Key, string DisplayName, IReadOnlyList<int> EditingItemIds);

/// <summary>
/// Who has which meeting open, per circuit, and which agenda item each is editing right now. Changes are published as
/// <see cref="PresenceChanged"/> (topic <see cref="LiveTopic.Presence"/>), on this server only: other servers learn
/// presence from snapshots (see InMemoryMeetingPresence).
/// </summary>
public interface IMeetingPresence
{
    Task JoinAsync(string circuitKey, int meetingId, PresenceUser user);

    Task LeaveAsync(string circuitKey, int meetingId);

    /// <summary>Marks the circuit as editing <paramref name="agendaItemId"/>, or editing nothing when null.</summary>
    Task SetEditingAsync(string circuitKey, int meetingId, int? agendaItemId);

    /// <summary>Forgets everything the circuit had open (it closed or lost its connection).</summary>
    Task RemoveCircuitAsync(string circuitKey);

    /// <summary>Everyone with the meeting open, each once however many tabs they have, by name.</summary>
    IReadOnlyList<PresentPerson> Present(int meetingId);
}

/// <summary>
/// Presence held in this server's memory; a change is published only when what people see changes. With several servers
/// (<see cref="IServerBus.IsShared"/>) each tells the others who it has on a meeting (a snapshot per change, all of them
/// again every <see cref="HeartbeatSeconds"/> s and when a server starts listening) and shows theirs too; a server's
/// people vanish <see cref="ExpirySeconds"/> s after it last spoke, so a server that died takes its people with it.
/// </summary>
public sealed class InMemoryMeetingPresence : IMeetingPresence, IDisposable
{
    public const int HeartbeatSeconds = 10;
    public const int ExpirySeconds = 35;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Circuit, int MeetingId), Entry> _entries = [];
    private readonly Dictionary<(string Server, int MeetingId), (IReadOnlyList<PresentPerson> People, long SeenAt)> _remote = [];
    private readonly IChangeNotifier _notifier;
    private readonly IServerBus _bus;
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;
    private readonly ITimer? _heartbeat;

    public InMemoryMeetingPresence(IChangeNotifier notifier, IServerBus? bus = null, TimeProvider? time = null)
    {
        _notifier = notifier;
        _bus = bus ?? new SingleServerBus();
        _time = time ?? TimeProvider.System;
        _subscription = _bus.Subscribe(ReceivedAsync, () => _bus.SendAsync(new BusMessage(_bus.ServerId, Hello: true)));
        if (_bus.IsShared)
        {
            var every = TimeSpan.FromSeconds(HeartbeatSeconds);
            _heartbeat = _time.CreateTimer(_ => _ = HeartbeatAsync(), null, every, every);
        }
    }

    public Task JoinAsync(string circuitKey, int meetingId, PresenceUser user) =>
        ChangeAsync([meetingId], () => _entries[(circuitKey, meetingId)] = new Entry(user, null));

    public Task LeaveAsync(string circuitKey, int meetingId) =>
        ChangeAsync([meetingId], () => _entries.Remove((circuitKey, meetingId)));

    public Task SetEditingAsync(string circuitKey, int meetingId, int? agendaItemId) =>
        ChangeAsync([meetingId], () =>
        {
            if (_entries.TryGetValue((circuitKey, meetingId), out var entry))
            {
                _entries[(circuitKey, meetingId)] = entry with { EditingItemId = agendaItemId };
            }
        });

    public Task RemoveCircuitAsync(string circuitKey)
    {
        int[] meetings;
        lock (_lock)
        {
            meetings = [.. _entries.Keys.Where(k => k.Circuit == circuitKey).Select(k => k.MeetingId)];
        }

        return ChangeAsync(meetings, () =>
        {
            foreach (var meetingId in meetings)
            {
                _entries.Remove((circuitKey, meetingId));
            }
        });
    }

    public IReadOnlyList<PresentPerson> Present(int meetingId)
    {
        lock (_lock)
        {
            return PresentLocked(meetingId);
        }
    }

    public void Dispose()
    {
        _heartbeat?.Dispose();
        _subscription.Dispose();
    }

    // This server's people and every other server's (heard from lately), each person once, by name.
    private IReadOnlyList<PresentPerson> PresentLocked(int meetingId)
    {
        var expired = _time.GetTimestamp() - (ExpirySeconds * _time.TimestampFrequency);
        return Merge(LocalLocked(meetingId).Concat(_remote
            .Where(r => r.Key.MeetingId == meetingId && r.Value.SeenAt > expired).SelectMany(r => r.Value.People)));
    }

    private IReadOnlyList<PresentPerson> LocalLocked(int meetingId) => Merge(_entries.Where(e => e.Key.MeetingId == meetingId)
        .Select(e => new PresentPerson(e.Value.User.Key, e.Value.User.DisplayName, e.Value.EditingItemId is { } id ? [id] : [])));

    private static IReadOnlyList<PresentPerson> Merge(IEnumerable<PresentPerson> people) =>
        [.. people.GroupBy(p => p.Key)
            .Select(g => new PresentPerson(g.Key, g.First().DisplayName, [.. g.SelectMany(p => p.EditingItemIds).Distinct().Order()]))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).ThenBy(p => p.Key, StringComparer.Ordinal)];

    // Applies the change under the lock, then (outside it) tells the other servers of this server's people where they
    // changed, and publishes here for each meeting whose visible presence changed.
    private async Task ChangeAsync(IReadOnlyList<int> meetingIds, Action change)
    {
        List<int> changed;
        List<PresenceSnapshot> snapshots = [];
        lock (_lock)
        {
            var before = meetingIds.ToDictionary(id => id, id => (All: PresentLocked(id), Local: LocalLocked(id)));
            change();
            changed = [.. meetingIds.Where(id => !Same(before[id].All, PresentLocked(id)))];
            foreach (var id in meetingIds)
            {
                var local = LocalLocked(id);
                if (!Same(before[id].Local, local))
                {
                    snapshots.Add(new PresenceSnapshot(id, local));
                }
            }
        }

        foreach (var snapshot in snapshots)
        {
            await _bus.SendAsync(new BusMessage(_bus.ServerId, Presence: snapshot));
        }

        await PublishAsync(changed);
    }

    private async Task ReceivedAsync(BusMessage message)
    {
        if (message.Hello)
        {
            await AnnounceAllAsync();
        }

        if (message.Presence is not { } snapshot)
        {
            return;
        }

        bool changed;
        lock (_lock)
        {
            var before = PresentLocked(snapshot.MeetingId);
            if (snapshot.People.Count == 0)
            {
                _remote.Remove((message.Origin, snapshot.MeetingId));
            }
            else
            {
                _remote[(message.Origin, snapshot.MeetingId)] = (snapshot.People, _time.GetTimestamp());
            }

            changed = !Same(before, PresentLocked(snapshot.MeetingId));
        }

        await PublishAsync(changed ? [snapshot.MeetingId] : []);
    }

    private async Task HeartbeatAsync()
    {
        await AnnounceAllAsync();
        List<int> gone;
        lock (_lock)
        {
            var expired = _time.GetTimestamp() - (ExpirySeconds * _time.TimestampFrequency);
            var stale = _remote.Where(r => r.Value.SeenAt <= expired).Select(r => r.Key).ToList();
            stale.ForEach(key => _remote.Remove(key));
            gone = [.. stale.Select(key => key.MeetingId).Distinct()];
        }

        await PublishAsync(gone);
    }

    private async Task AnnounceAllAsync()
    {
        PresenceSnapshot[] snapshots;
        lock (_lock)
        {
            snapshots = [.. _entries.Keys.Select(k => k.MeetingId).Distinct().Select(id => new PresenceSnapshot(id, LocalLocked(id)))];
        }

        foreach (var snapshot in snapshots)
        {
            await _bus.SendAsync(new BusMessage(_bus.ServerId, Presence: snapshot));
        }
    }

    private async Task PublishAsync(IEnumerable<int> meetingIds)
    {
        foreach (var meetingId in meetingIds)
        {
            await _notifier.PublishAsync(new PresenceChanged(meetingId));
        }
    }

    private static bool Same(IReadOnlyList<PresentPerson> a, IReadOnlyList<PresentPerson> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Key == p.Second.Key && p.First.DisplayName == p.Second.DisplayName
            && p.First.EditingItemIds.SequenceEqual(p.Second.EditingItemIds));

    private sealed record Entry(PresenceUser User, int? EditingItemId);
}
