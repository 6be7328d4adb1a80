using ActionTracker.Web.Features.Live;

namespace ActionTracker.Web.Features.Bench;

/// <summary>
/// Switches on what only bench/live-fanout.sh needs (config "Bench:Enabled" = true): a bare broadcast page and endpoints
/// that write through the real services and force a full GC. Off, the endpoints are not mapped and the page answers 404.
/// </summary>
public sealed class BenchMode(bool isEnabled)
{
    public const string ConfigKey = "Bench:Enabled";

    public bool IsEnabled { get; } = isEnabled;

    /// <summary>The one value the bare broadcast page shows; written by POST /bench/broadcast/value.</summary>
    public string BroadcastValue { get; private set; } = "";

    public Task BroadcastAsync(string value, IChangeNotifier notifier)
    {
        BroadcastValue = value;
        return notifier.PublishAsync(new BenchBroadcast());
    }
}
