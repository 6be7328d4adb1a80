namespace ActionTracker.Web.Features.Live;

/// <summary>A subscription that runs <paramref name="unsubscribe"/> once, however often it is disposed.</summary>
internal sealed class Subscription(Action unsubscribe) : IDisposable
{
    private Action? _unsubscribe = unsubscribe;

    public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
}
