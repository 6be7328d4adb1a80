using ActionTracker.Web.Infrastructure;

namespace ActionTracker.BenchHost;

/// <summary>The bare broadcast's state: the one value its page shows, and the change it listens for.</summary>
public sealed class BenchMode
{
    /// <summary>The change the bare broadcast page listens for.</summary>
    public const string BroadcastKind = "BenchBroadcast";

    /// <summary>The one value the bare broadcast page shows; written by POST /bench/broadcast/value.</summary>
    public string BroadcastValue { get; private set; } = "";

    public Task BroadcastAsync(string value, IChangeNotifier notifier)
    {
        BroadcastValue = value;
        return notifier.PublishAsync(new Change(null, null, BroadcastKind));
    }
}
