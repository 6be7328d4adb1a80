using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Live.Servers;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Features.Live.Servers;

/// <summary>
/// Two servers' notifiers and presence joined by an in-memory bus that behaves as LISTEN/NOTIFY does (every other server
/// hears a message, the sender does not): what PostgresServerBus carries, without a database.
/// </summary>
public sealed class ServerChangeNotifierTests : IDisposable
{
    private static readonly ActionChanged Raised = new(7, 42);

    private readonly LinkedBus _busA;
    private readonly LinkedBus _busB;
    private readonly ServerChangeNotifier _a;
    private readonly ServerChangeNotifier _b;
    private readonly List<LiveChange> _heardOnA = [];
    private readonly List<LiveChange> _heardOnB = [];
    private readonly SharedReads _sharedOnB = new();

    public ServerChangeNotifierTests()
    {
        (_busA, _busB) = LinkedBus.Pair();
        _a = new ServerChangeNotifier(new InProcessChangeNotifier(new SharedReads(), NullLogger<InProcessChangeNotifier>.Instance), _busA);
        _b = new ServerChangeNotifier(new InProcessChangeNotifier(_sharedOnB, NullLogger<InProcessChangeNotifier>.Instance), _busB);
        // As a meeting's run page would: its actions and who is there.
        LiveTopic[] page = [LiveTopic.MeetingActions(7), LiveTopic.Presence(7)];
        _a.Subscribe(page, c => Record(_heardOnA, c));
        _b.Subscribe(page, c => Record(_heardOnB, c));
    }

    [Fact]
    public async Task PublishAsync_OnA_HeardOnceOnA_AndOnceOnB()
    {
        await _a.PublishAsync(Raised);

        Assert.Equal([Raised], _heardOnA);
        Assert.Equal([Raised], _heardOnB);
    }

    [Fact]
    public async Task PublishAsync_OnA_OnBOnlyPagesShowingIt_AndBsSharedReadForgottenFirst()
    {
        var reads = 0;
        Task<int> ReadAction() => _sharedOnB.ReadAsync(LiveTopic.Action(42), () => Task.FromResult(++reads));
        int? readByActionPage = null;
        await ReadAction();
        using var actionPage = _b.Subscribe([LiveTopic.Action(42)], async _ => readByActionPage = await ReadAction());

        await _a.PublishAsync(new MeetingChanged(8));
        await _a.PublishAsync(new ActionChanged(8, 50));
        await _a.PublishAsync(Raised);

        Assert.Equal([Raised], _heardOnB);
        Assert.Equal(2, readByActionPage);
    }

    [Fact]
    public async Task Listening_FirstTimeNothing_AgainAfterALostConnection_EveryPageReReadsOnce()
    {
        await _busB.ListeningAsync();
        Assert.Empty(_heardOnB);

        await _busB.ListeningAsync();

        Assert.Equal([Resync.Everything], _heardOnB);
        Assert.Empty(_heardOnA);
    }

    [Fact]
    public async Task PresenceChange_StaysOnItsServer_OthersLearnFromTheSnapshot()
    {
        using var presenceA = new InMemoryMeetingPresence(_a, _busA);
        using var presenceB = new InMemoryMeetingPresence(_b, _busB);

        await presenceA.JoinAsync("tab-a", 7, new PresenceUser("user-lucy", "Lucy Milner"));
        await presenceB.JoinAsync("tab-b", 7, new PresenceUser("user-john", "John Campion"));
        await presenceB.SetEditingAsync("tab-b", 7, 3);

        Assert.Equal(["John Campion:3", "Lucy Milner:"], Describe(presenceA.Present(7)));
        Assert.Equal(Describe(presenceA.Present(7)), Describe(presenceB.Present(7)));
        Assert.DoesNotContain(_busA.Sent.Concat(_busB.Sent), m => m.Change is PresenceChanged);

        await presenceA.RemoveCircuitAsync("tab-a");

        Assert.Equal(["John Campion:3"], Describe(presenceB.Present(7)));
        Assert.Equal(new PresenceChanged(7), _heardOnB[^1]);
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
    }

    private static Task Record(List<LiveChange> heard, LiveChange change)
    {
        heard.Add(change);
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Describe(IReadOnlyList<PresentPerson> people) =>
        people.Select(p => $"{p.DisplayName}:{string.Join(",", p.EditingItemIds)}");
}
