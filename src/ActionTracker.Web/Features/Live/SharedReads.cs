using System.Collections.Concurrent;

namespace ActionTracker.Web.Features.Live;

/// <summary>
/// The re-read every open page makes after the same change, made once per server: the first page to ask reads through
/// its service, the others on the server share that read. A read is shared under the topic it shows and its result type;
/// the notifier forgets the reads of a change's topics (all of them on a <see cref="Resync"/>) before any subscriber
/// hears of it, so nothing read before a change is handed out after it; a read still running when the next change
/// arrives serves only those who asked before. Only for reads that are the same for every signed-in user.
/// </summary>
/// <remarks>bench/live-fanout.sh: with 20 pages on a meeting, each edit otherwise made 20 identical reads (decision 0013).</remarks>
public sealed class SharedReads
{
    private readonly ConcurrentDictionary<(LiveTopic Topic, Type Result), Lazy<Task<object?>>> _reads = new();

    /// <summary>What <paramref name="topic"/> shows, read once for every page until a change to it is published.</summary>
    public async Task<T> ReadAsync<T>(LiveTopic topic, Func<Task<T>> read)
    {
        var key = (topic, typeof(T));
        var shared = _reads.GetOrAdd(key, _ => new Lazy<Task<object?>>(async () => await read()));
        try
        {
            return (T)(await shared.Value)!;
        }
        catch
        {
            // A failed read is not shared: the next page to ask tries again.
            _reads.TryRemove(new KeyValuePair<(LiveTopic, Type), Lazy<Task<object?>>>(key, shared));
            throw;
        }
    }

    /// <summary>Called by the notifier before it fans <paramref name="change"/> out (never by a page or a service).</summary>
    public void Forget(LiveChange change)
    {
        if (change is Resync)
        {
            _reads.Clear();
            return;
        }

        var topics = change.Topics;
        foreach (var key in _reads.Keys)
        {
            if (topics.Contains(key.Topic))
            {
                _reads.TryRemove(key, out _);
            }
        }
    }
}
