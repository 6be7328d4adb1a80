using ActionTracker.Web.Features.Live.Servers;

namespace ActionTracker.Tests.Support;

/// <summary>
/// Two servers' buses joined in memory, as LISTEN/NOTIFY joins them: a message goes through its wire form to the other
/// server only. <see cref="ListeningAsync"/> plays the bus (re)connecting.
/// </summary>
public sealed class LinkedBus : IServerBus
{
    private readonly List<(Func<BusMessage, Task> Received, Func<Task> Listening)> _subscribers = [];
    private LinkedBus _other = null!;

    public string ServerId { get; } = Guid.NewGuid().ToString("N");

    public bool IsShared => true;

    public List<BusMessage> Sent { get; } = [];

    public static (LinkedBus A, LinkedBus B) Pair()
    {
        var (a, b) = (new LinkedBus(), new LinkedBus());
        (a._other, b._other) = (b, a);
        return (a, b);
    }

    public async Task SendAsync(BusMessage message)
    {
        Sent.Add(message);
        var delivered = BusMessage.Deserialise(message.Serialise())!;
        foreach (var (received, _) in _other._subscribers.ToArray())
        {
            await received(delivered);
        }
    }

    public IDisposable Subscribe(Func<BusMessage, Task> received, Func<Task> reconnected)
    {
        var subscriber = (received, reconnected);
        _subscribers.Add(subscriber);
        return new Unsubscribe(() => _subscribers.Remove(subscriber));
    }

    public async Task ListeningAsync()
    {
        foreach (var (_, listening) in _subscribers.ToArray())
        {
            await listening();
        }
    }

    private sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
