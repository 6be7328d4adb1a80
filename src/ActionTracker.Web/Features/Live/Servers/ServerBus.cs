using System.Text.Json;

namespace ActionTracker.Web.Features.Live.Servers;

/// <summary>
/// What one app server tells the others on the same database: a change it published, who has a meeting open on it
/// (<see cref="Presence"/>), or <see cref="Hello"/> (it has just started listening: "tell me who is here").
/// </summary>
public sealed record BusMessage(string Origin, LiveChange? Change = null, PresenceSnapshot? Presence = null, bool Hello = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The wire form: the one place a change is serialised to cross servers.</summary>
    public string Serialise() => JsonSerializer.Serialize(this, Json);

    public static BusMessage? Deserialise(string payload) => JsonSerializer.Deserialize<BusMessage>(payload, Json);
}

/// <summary>The people one server has on a meeting (none: they all left).</summary>
public sealed record PresenceSnapshot(int MeetingId, IReadOnlyList<PresentPerson> People);

/// <summary>
/// Carries <see cref="BusMessage"/>s between the app servers sharing one database. Each message reaches every other server
/// once; a server does not hear its own.
/// </summary>
public interface IServerBus
{
    /// <summary>This server's name on the bus, different on every start.</summary>
    string ServerId { get; }

    /// <summary>False on a single server (SQLite): nobody to tell, nothing to hear.</summary>
    bool IsShared { get; }

    Task SendAsync(BusMessage message);

    /// <summary>
    /// <paramref name="received"/> hears the other servers' messages; <paramref name="reconnected"/> runs when this server
    /// listens again after losing its connection (it may have missed messages meanwhile).
    /// </summary>
    IDisposable Subscribe(Func<BusMessage, Task> received, Func<Task> reconnected);
}

/// <summary>One server alone: the bus goes nowhere.</summary>
public sealed class SingleServerBus : IServerBus
{
    public string ServerId { get; } = Guid.NewGuid().ToString("N");

    public bool IsShared => false;

    public Task SendAsync(BusMessage message) => Task.CompletedTask;

    public IDisposable Subscribe(Func<BusMessage, Task> received, Func<Task> reconnected) => new Subscription(() => { });
}
