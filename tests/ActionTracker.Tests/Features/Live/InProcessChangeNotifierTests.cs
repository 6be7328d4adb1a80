using ActionTracker.Web.Features.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Features.Live;

public class InProcessChangeNotifierTests
{
    private static readonly ActionChanged ActionRaised = new(7, 42);

    private readonly SharedReads _shared = new();
    private readonly InProcessChangeNotifier _notifier;
    private readonly List<LiveChange> _received = [];

    public InProcessChangeNotifierTests() => _notifier = new(_shared, NullLogger<InProcessChangeNotifier>.Instance);

    private static LiveTopic[] MeetingPage(int meetingId) => [LiveTopic.Meeting(meetingId), LiveTopic.MeetingActions(meetingId)];

    [Fact]
    public async Task PublishAsync_Subscribed_SubscriberReceivesTheChange()
    {
        using var subscription = _notifier.Subscribe(MeetingPage(7), Record);

        await _notifier.PublishAsync(ActionRaised);

        Assert.Equal([ActionRaised], _received);
    }

    [Fact]
    public async Task PublishAsync_AnotherMeetingsChange_NotHeardByThisMeetingsPage()
    {
        using var page = _notifier.Subscribe(MeetingPage(7), Record);

        await _notifier.PublishAsync(new ActionChanged(8, 50));
        await _notifier.PublishAsync(new MeetingChanged(8));
        await _notifier.PublishAsync(new NotesSaved(7, 3)); // this meeting, but notes: not what this page shows
        await _notifier.PublishAsync(new PresenceChanged(7));
        await _notifier.PublishAsync(new MeetingChanged(7));

        Assert.Equal([new MeetingChanged(7)], _received);
    }

    [Fact]
    public async Task PublishAsync_ChangeToTwoOfItsTopics_HeardOnce()
    {
        using var dashboard = _notifier.Subscribe([LiveTopic.Actions, LiveTopic.Meetings], Record);

        await _notifier.PublishAsync(ActionRaised); // reaches every action and every meeting

        Assert.Equal([ActionRaised], _received);
    }

    [Fact]
    public async Task PublishAsync_ActionChanged_NotHeardByTheBells_TheirOwnersNotificationsChangedIs()
    {
        using var bell = _notifier.Subscribe([LiveTopic.Notifications("jo")], Record);

        await _notifier.PublishAsync(ActionRaised);
        await _notifier.PublishAsync(new NotificationsChanged("sam")); // another person's notice: nothing to count here
        await _notifier.PublishAsync(new NotificationsChanged("jo"));

        Assert.Equal([new NotificationsChanged("jo")], _received);
    }

    [Fact]
    public async Task PublishAsync_Resync_ReachesEverySubscriberWhateverItsTopics()
    {
        using var meeting = _notifier.Subscribe(MeetingPage(7), Record);
        using var action = _notifier.Subscribe([LiveTopic.Action(42)], Record);
        using var bell = _notifier.Subscribe([LiveTopic.Notifications("jo")], Record);

        await _notifier.PublishAsync(Resync.Everything);

        Assert.Equal([Resync.Everything, Resync.Everything, Resync.Everything], _received);
    }

    [Fact]
    public async Task PublishAsync_SharedReadForgottenBeforeSubscribersRun_EvenForOneThatSubscribedFirst()
    {
        var reads = 0;
        Task<string> ReadNotes() => _shared.ReadAsync(LiveTopic.ItemNotes(7, 3), () => Task.FromResult($"read {++reads}"));
        string? seenByPage = null;
        using var page = _notifier.Subscribe([LiveTopic.ItemNotes(7, 3)], async _ => seenByPage = await ReadNotes());
        await ReadNotes();

        await _notifier.PublishAsync(new NotesSaved(7, 3));

        Assert.Equal("read 2", seenByPage);
    }

    [Fact]
    public async Task PublishAsync_AfterDispose_SubscriberHearsNothing()
    {
        var subscription = _notifier.Subscribe(MeetingPage(7), Record);
        subscription.Dispose();
        subscription.Dispose();

        await _notifier.PublishAsync(ActionRaised);
        await _notifier.PublishAsync(Resync.Everything);

        Assert.Empty(_received);
    }

    [Fact]
    public async Task PublishAsync_OneSubscriberThrows_OthersStillReceive()
    {
        using var before = _notifier.Subscribe(MeetingPage(7), Record);
        using var failing = _notifier.Subscribe(MeetingPage(7), _ => throw new InvalidOperationException("Circuit gone"));
        using var failingAsync = _notifier.Subscribe(MeetingPage(7), async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("Circuit gone later");
        });
        using var after = _notifier.Subscribe(MeetingPage(7), Record);

        await _notifier.PublishAsync(ActionRaised);

        Assert.Equal([ActionRaised, ActionRaised], _received);
    }

    [Fact]
    public async Task PublishAsync_SubscriberUnsubscribesWhileBeingNotified_OthersStillReceive()
    {
        IDisposable? self = null;
        self = _notifier.Subscribe(MeetingPage(7), _ =>
        {
            self!.Dispose();
            return Task.CompletedTask;
        });
        using var other = _notifier.Subscribe(MeetingPage(7), Record);

        await _notifier.PublishAsync(ActionRaised);
        await _notifier.PublishAsync(ActionRaised);

        Assert.Equal(2, _received.Count);
    }

    private Task Record(LiveChange change)
    {
        _received.Add(change);
        return Task.CompletedTask;
    }
}
