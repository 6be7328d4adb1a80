using ActionTracker.Web.Features.Live;

namespace ActionTracker.BenchHost;

/// <summary>The bare broadcast's state: the one value its page shows (it listens for <see cref="BenchBroadcast"/>).</summary>
public sealed class BenchMode
{
    /// <summary>The one value the bare broadcast page shows; written by POST /bench/broadcast/value.</summary>
    public string BroadcastValue { get; private set; } = "";

    public Task BroadcastAsync(string value, IChangeNotifier notifier)
    {
        BroadcastValue = value;
        return notifier.PublishAsync(new BenchBroadcast());
    }
}
