using System.Collections.Concurrent;

namespace ActionTracker.Web.Infrastructure;

/// <summary>
/// The re-read every open page makes after the same change, made once per server: the first page to ask reads through
/// its service, the others on the server share that read. Any change forgets every shared read, so nothing read before a
/// change is handed out after it; a read still running when the next change arrives serves only those who asked before.
/// Only for reads that are the same for every signed-in user (they carry no per-user filtering).
/// </summary>
/// <remarks>
/// Subscribes when created: it must be created before any page subscribes (Program.cs resolves it at start-up), so that
/// the notifier, which calls subscribers in order, forgets the old reads before any page starts its re-read.
/// bench/live-fanout.sh: with 20 pages on a meeting, each edit otherwise made 20 identical reads (decision 0013).
/// </remarks>
public sealed class SharedReads : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _reads = new();
    private readonly IDisposable _subscription;

    // Presence changes (who has a meeting open, who is editing) alter no data read here: the reads stay shared.
    public SharedReads(IChangeNotifier notifier) => _subscription = notifier.Subscribe(change =>
    {
        if (change.Kind != IMeetingPresence.ChangeKind)
        {
            _reads.Clear();
        }

        return Task.CompletedTask;
    });

    public async Task<T> ReadAsync<T>(string key, Func<Task<T>> read)
    {
        var shared = _reads.GetOrAdd(key, _ => new Lazy<Task<object?>>(async () => await read()));
        try
        {
            return (T)(await shared.Value)!;
        }
        catch
        {
            // A failed read is not shared: the next page to ask tries again.
            _reads.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(key, shared));
            throw;
        }
    }

    public void Dispose() => _subscription.Dispose();
}
