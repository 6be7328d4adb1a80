namespace ActionTracker.Web.Infrastructure;

/// <summary>A signed-in person as presence knows them: <paramref name="Key"/> is their account id, so two tabs are one person.</summary>
public sealed record PresenceUser(string Key, string DisplayName);

/// <summary>Someone who has the meeting open, and the agenda items they are editing now (one per open tab at most).</summary>
public sealed record PresentPerson(string Key, string DisplayName, IReadOnlyList<int> EditingItemIds);

/// <summary>
/// Who has which meeting open, per circuit, and which agenda item each is editing right now. Behind an interface so that
/// a second server can later feed it (as it can the change notifier); changes are published as <see cref="ChangeKind"/>.
/// </summary>
public interface IMeetingPresence
{
    /// <summary>The <see cref="Change.Kind"/> of presence changes: ordinary live pages ignore it (see LiveRefresh).</summary>
    const string ChangeKind = "Presence";

    /// <summary>Whether <paramref name="change"/> is a change of who has <paramref name="meetingId"/> open or is editing in it.</summary>
    static bool Concerns(Change change, int meetingId) => change.Kind == ChangeKind && change.MeetingId == meetingId;

    Task JoinAsync(string circuitKey, int meetingId, PresenceUser user);

    Task LeaveAsync(string circuitKey, int meetingId);

    /// <summary>Marks the circuit as editing <paramref name="agendaItemId"/>, or editing nothing when null.</summary>
    Task SetEditingAsync(string circuitKey, int meetingId, int? agendaItemId);

    /// <summary>Forgets everything the circuit had open (it closed or lost its connection).</summary>
    Task RemoveCircuitAsync(string circuitKey);

    /// <summary>Everyone with the meeting open, each once however many tabs they have, by name.</summary>
    IReadOnlyList<PresentPerson> Present(int meetingId);
}

/// <summary>Presence held in this server's memory; a change is published only when what people see changes.</summary>
public sealed class InMemoryMeetingPresence(IChangeNotifier notifier) : IMeetingPresence
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Circuit, int MeetingId), Entry> _entries = [];

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

    private IReadOnlyList<PresentPerson> PresentLocked(int meetingId) =>
        [.. _entries.Where(e => e.Key.MeetingId == meetingId)
            .GroupBy(e => e.Value.User.Key)
            .Select(g => new PresentPerson(g.Key, g.First().Value.User.DisplayName,
                [.. g.Select(e => e.Value.EditingItemId).OfType<int>().Distinct().Order()]))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).ThenBy(p => p.Key, StringComparer.Ordinal)];

    // Applies the change under the lock, then publishes (outside it) for each meeting whose visible presence changed.
    private async Task ChangeAsync(IReadOnlyList<int> meetingIds, Action change)
    {
        List<int> changed;
        lock (_lock)
        {
            var before = meetingIds.ToDictionary(id => id, PresentLocked);
            change();
            changed = [.. meetingIds.Where(id => !Same(before[id], PresentLocked(id)))];
        }

        foreach (var meetingId in changed)
        {
            await notifier.PublishAsync(new Change(meetingId, null, IMeetingPresence.ChangeKind));
        }
    }

    private static bool Same(IReadOnlyList<PresentPerson> a, IReadOnlyList<PresentPerson> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Key == p.Second.Key && p.First.DisplayName == p.Second.DisplayName
            && p.First.EditingItemIds.SequenceEqual(p.Second.EditingItemIds));

    private sealed record Entry(PresenceUser User, int? EditingItemId);
}
