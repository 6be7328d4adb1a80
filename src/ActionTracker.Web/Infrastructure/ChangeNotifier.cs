namespace ActionTracker.Web.Infrastructure;

/// <summary>
/// What changed: carries ids only, so each circuit re-reads through its own service.
/// <paramref name="AgendaItemId"/> names the item when the change is to one agenda item (its notes, say).
/// <paramref name="Text"/> is the one exception to ids only: the unsaved notes a minute taker is typing (a draft is in no
/// database for others to re-read). Crosses servers as JSON (see Infrastructure/Servers/BusMessage).
/// </summary>
public sealed record Change(int? MeetingId, int? ActionItemId, string Kind, int? AgendaItemId = null, string? Text = null)
{
    /// <summary>
    /// The <see cref="Kind"/> that asks every open page to re-read what it shows: this server may have missed changes
    /// (its connection to the other servers was lost and is back). Every live page hears it, whatever it filters.
    /// </summary>
    public const string ResyncKind = "Resync";

    public static Change Resync { get; } = new(null, null, ResyncKind);
}

/// <summary>
/// Tells open pages that something changed. Behind an interface so that a second server can later feed it
/// (PostgreSQL LISTEN/NOTIFY) without touching the pages.
/// </summary>
public interface IChangeNotifier
{
    /// <summary>Subscribes to every change; dispose the result to unsubscribe.</summary>
    IDisposable Subscribe(Func<Change, Task> callback);

    /// <summary>Call only after the change was saved.</summary>
    Task PublishAsync(Change change);
}

/// <summary>In-process notifier: every tab already has a SignalR circuit, so no hub and no polling are needed.</summary>
public sealed class InProcessChangeNotifier(ILogger<InProcessChangeNotifier> logger) : IChangeNotifier
{
    private readonly Lock _lock = new();
    private readonly List<Func<Change, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<Change, Task> callback)
    {
        lock (_lock)
        {
            _subscribers.Add(callback);
        }

        return new Subscription(() =>
        {
            lock (_lock)
            {
                _subscribers.Remove(callback);
            }
        });
    }

    public async Task PublishAsync(Change change)
    {
        Func<Change, Task>[] subscribers;
        lock (_lock)
        {
            subscribers = [.. _subscribers];
        }

        // Outside the lock, and one failing subscriber must not stop the others hearing of the change.
        foreach (var subscriber in subscribers)
        {
            try
            {
                await subscriber(change);
            }
#pragma warning disable CA1031 // A subscriber's failure is logged and contained by design.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "A change subscriber failed for {Change}", change);
            }
        }
    }
}
