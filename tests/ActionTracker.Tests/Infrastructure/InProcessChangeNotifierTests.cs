using ActionTracker.Web.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Infrastructure;

public class InProcessChangeNotifierTests
{
    private static readonly Change ActionChanged = new(7, 42, "Action");

    private readonly InProcessChangeNotifier _notifier = new(NullLogger<InProcessChangeNotifier>.Instance);
    private readonly List<Change> _received = [];

    [Fact]
    public async Task PublishAsync_Subscribed_SubscriberReceivesTheChange()
    {
        using var subscription = _notifier.Subscribe(Record);

        await _notifier.PublishAsync(ActionChanged);

        Assert.Equal([ActionChanged], _received);
    }

    [Fact]
    public async Task PublishAsync_AfterDispose_SubscriberHearsNothing()
    {
        var subscription = _notifier.Subscribe(Record);
        subscription.Dispose();
        subscription.Dispose();

        await _notifier.PublishAsync(ActionChanged);

        Assert.Empty(_received);
    }

    [Fact]
    public async Task PublishAsync_OneSubscriberThrows_OthersStillReceive()
    {
        using var before = _notifier.Subscribe(Record);
        using var failing = _notifier.Subscribe(_ => throw new InvalidOperationException("Circuit gone"));
        using var failingAsync = _notifier.Subscribe(async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("Circuit gone later");
        });
        using var after = _notifier.Subscribe(Record);

        await _notifier.PublishAsync(ActionChanged);

        Assert.Equal([ActionChanged, ActionChanged], _received);
    }

    [Fact]
    public async Task PublishAsync_SubscriberUnsubscribesWhileBeingNotified_OthersStillReceive()
    {
        IDisposable? self = null;
        self = _notifier.Subscribe(_ =>
        {
            self!.Dispose();
            return Task.CompletedTask;
        });
        using var other = _notifier.Subscribe(Record);

        await _notifier.PublishAsync(ActionChanged);
        await _notifier.PublishAsync(ActionChanged);

        Assert.Equal(2, _received.Count);
    }

    private Task Record(Change change)
    {
        _received.Add(change);
        return Task.CompletedTask;
    }
}
