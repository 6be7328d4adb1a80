namespace ActionTracker.Web.Features.Live;

/// <summary>
/// Tells open pages that something changed, keyed by what they show: a subscriber hears only the changes published to
/// its topics, and every <see cref="Resync"/>. Behind an interface so that several servers can feed it (Servers/).
/// </summary>
public interface IChangeNotifier
{
    /// <summary>Subscribes to the changes of <paramref name="topics"/> (each change once); dispose the result to unsubscribe.</summary>
    IDisposable Subscribe(IReadOnlyCollection<LiveTopic> topics, Func<LiveChange, Task> callback);

    /// <summary>Call only after the change was saved.</summary>
    Task PublishAsync(LiveChange change);

    /// <summary>A mark to pass to <see cref="PublishedSince"/>: how many changes this server has published so far.</summary>
    long Sequence { get; }

    /// <summary>Whether a change to any of <paramref name="topics"/> (or a <see cref="Resync"/>) was published after <paramref name="mark"/>.</summary>
    bool PublishedSince(long mark, IReadOnlyCollection<LiveTopic> topics);
}

/// <summary>
/// In-process notifier: every tab already has a SignalR circuit, so no hub and no polling are needed. Forgets the
/// <see cref="SharedReads"/> a change makes stale before any subscriber hears of it, so no page re-reads an old shared
/// read, whoever subscribed first.
/// </summary>
public sealed class InProcessChangeNotifier(SharedReads shared, ILogger<InProcessChangeNotifier> logger) : IChangeNotifier
{
    private readonly Lock _lock = new();
    private readonly Dictionary<LiveTopic, List<Subscriber>> _byTopic = [];
    private readonly HashSet<Subscriber> _all = [];

    // For PublishedSince: the sequence of the last change to each topic published so far (one entry per meeting, item or
    // action ever changed since start-up: a few thousand numbers at most), and of the last resync.
    private readonly Dictionary<LiveTopic, long> _lastByTopic = [];
    private long _lastResync;
    private long _sequence;

    public long Sequence => Interlocked.Read(ref _sequence);

    public bool PublishedSince(long mark, IReadOnlyCollection<LiveTopic> topics)
    {
        lock (_lock)
        {
            return _lastResync > mark || topics.Any(t => _lastByTopic.TryGetValue(t, out var last) && last > mark);
        }
    }

    public IDisposable Subscribe(IReadOnlyCollection<LiveTopic> topics, Func<LiveChange, Task> callback)
    {
        var subscriber = new Subscriber(callback, [.. topics.Distinct()]);
        lock (_lock)
        {
            _all.Add(subscriber);
            foreach (var topic in subscriber.Topics)
            {
                if (!_byTopic.TryGetValue(topic, out var list))
                {
                    _byTopic[topic] = list = [];
                }

                list.Add(subscriber);
            }
        }

        return new Subscription(() => Unsubscribe(subscriber));
    }

    public async Task PublishAsync(LiveChange change)
    {
        shared.Forget(change);
        var subscribers = SubscribersOf(change);

        // Outside the lock, and one failing subscriber must not stop the others hearing of the change.
        foreach (var subscriber in subscribers)
        {
            try
            {
                await subscriber.Callback(change);
            }
#pragma warning disable CA1031 // A subscriber's failure is logged and contained by design.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "A change subscriber failed for {Change}", change);
            }
        }
    }

    // Counted and copied under the lock, so a page subscribing meanwhile either hears the change or sees it in
    // PublishedSince; a subscriber to two of the change's topics hears it once.
    private Subscriber[] SubscribersOf(LiveChange change)
    {
        lock (_lock)
        {
            var sequence = Interlocked.Increment(ref _sequence);
            if (change is Resync)
            {
                _lastResync = sequence;
                return [.. _all];
            }

            var topics = change.Topics;
            foreach (var topic in topics)
            {
                _lastByTopic[topic] = sequence;
            }

            if (topics.Count == 1)
            {
                return _byTopic.TryGetValue(topics[0], out var only) ? [.. only] : [];
            }

            HashSet<Subscriber> reached = [];
            foreach (var topic in topics)
            {
                if (_byTopic.TryGetValue(topic, out var list))
                {
                    reached.UnionWith(list);
                }
            }

            return [.. reached];
        }
    }

    private void Unsubscribe(Subscriber subscriber)
    {
        lock (_lock)
        {
            if (!_all.Remove(subscriber))
            {
                return;
            }

            foreach (var topic in subscriber.Topics)
            {
                var list = _byTopic[topic];
                list.Remove(subscriber);
                if (list.Count == 0)
                {
                    _byTopic.Remove(topic);
                }
            }
        }
    }

    // A class, not a record: two subscriptions with the same callback are still two.
    private sealed class Subscriber(Func<LiveChange, Task> callback, LiveTopic[] topics)
    {
        public Func<LiveChange, Task> Callback { get; } = callback;

        public LiveTopic[] Topics { get; } = topics;
    }
}
