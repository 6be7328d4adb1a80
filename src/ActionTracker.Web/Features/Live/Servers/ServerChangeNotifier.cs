namespace ActionTracker.Web.Features.Live.Servers;

/// <summary>
/// The change notifier of a server that shares its database with others: publishes each change to this server's pages
/// and tells the other servers (<see cref="IServerBus"/>), and publishes theirs here. A server never hears its own
/// message back, so no page gets a change twice. When the bus listens again after losing its connection, every open page
/// here re-reads once (<see cref="Resync"/>): whatever was missed meanwhile is read from the database.
/// Presence changes stay on this server: other servers learn presence from snapshots (InMemoryMeetingPresence).
/// </summary>
public sealed class ServerChangeNotifier : IChangeNotifier, IDisposable
{
    private readonly InProcessChangeNotifier _local;
    private readonly IServerBus _bus;
    private readonly IDisposable _subscription;
    private bool _listenedBefore;

    public ServerChangeNotifier(InProcessChangeNotifier local, IServerBus bus)
    {
        _local = local;
        _bus = bus;
        _subscription = bus.Subscribe(m => m.Change is { } change ? _local.PublishAsync(change) : Task.CompletedTask, ListeningAsync);
    }

    public IDisposable Subscribe(IReadOnlyCollection<LiveTopic> topics, Func<LiveChange, Task> callback) => _local.Subscribe(topics, callback);

    public long Sequence => _local.Sequence;

    public bool PublishedSince(long mark, IReadOnlyCollection<LiveTopic> topics) => _local.PublishedSince(mark, topics);

    public async Task PublishAsync(LiveChange change)
    {
        var told = change is PresenceChanged ? Task.CompletedTask : _bus.SendAsync(new BusMessage(_bus.ServerId, change));
        await _local.PublishAsync(change);
        await told;
    }

    public void Dispose() => _subscription.Dispose();

    // The first time is start-up: no page is open yet, so nothing to re-read.
    private Task ListeningAsync()
    {
        var again = _listenedBefore;
        _listenedBefore = true;
        return again ? _local.PublishAsync(Resync.Everything) : Task.CompletedTask;
    }
}
