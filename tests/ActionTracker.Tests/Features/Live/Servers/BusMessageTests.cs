using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Live.Servers;

namespace ActionTracker.Tests.Features.Live.Servers;

/// <summary>Every message servers exchange survives its wire form (JSON in a NOTIFY payload) unchanged.</summary>
public sealed class BusMessageTests
{
    // One of every kind of change: Changes_CoverEveryRecord fails when a new record is added without one here.
    private static readonly LiveChange[] EveryKind =
    [
        new ActionChanged(7, 42),
        new ActionChanged(null, 43),
        new MeetingChanged(7),
        new AgendaChanged(7, 3),
        new NotesSaved(7, 3),
        new NotesTyped(7, 3, "Response times — \"discussed\" <b>not markup</b>\nACTION: DCC to review"),
        new PresenceChanged(7),
        new NotificationsChanged("8d0c6a52-user"),
        new BenchBroadcast(),
        Resync.Everything,
    ];

    public static TheoryData<LiveChange> Changes() => new(EveryKind);

    [Theory]
    [MemberData(nameof(Changes))]
    public void Change_RoundTrips_AsTheSameRecord(LiveChange change)
    {
        var message = new BusMessage("server-a", change);

        var read = BusMessage.Deserialise(message.Serialise());

        Assert.Equal(message, read);
        Assert.Equal(change.GetType(), read!.Change!.GetType());
        Assert.Equal(change.Topics, read.Change.Topics);
    }

    [Fact]
    public void Changes_CoverEveryRecord()
    {
        var records = typeof(LiveChange).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(LiveChange))).Select(t => t.Name).Order();

        Assert.Equal(records, EveryKind.Select(c => c.GetType().Name).Distinct().Order());
    }

    [Fact]
    public void Change_OnTheWire_NamesItsKind()
    {
        var payload = new BusMessage("server-a", new NotesSaved(7, 3)).Serialise();

        Assert.Contains("\"kind\":\"notes\"", payload, StringComparison.Ordinal);
        Assert.Contains("\"agendaItemId\":3", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("topics", payload, StringComparison.OrdinalIgnoreCase); // derived from the ids, not sent
    }

    [Fact]
    public void PresenceSnapshot_RoundTrips_WithWhoIsEditingWhat()
    {
        var snapshot = new PresenceSnapshot(7, [new PresentPerson("user-1", "Lucy Milner", [3, 5]), new PresentPerson("user-2", "John Campion", [])]);

        var read = BusMessage.Deserialise(new BusMessage("server-a", Presence: snapshot).Serialise())!.Presence!;

        Assert.Equal(7, read.MeetingId);
        Assert.Equal(["user-1:Lucy Milner:3,5", "user-2:John Campion:"],
            read.People.Select(p => $"{p.Key}:{p.DisplayName}:{string.Join(",", p.EditingItemIds)}"));
    }

    [Fact]
    public void Hello_RoundTrips_WithNothingElse()
    {
        var read = BusMessage.Deserialise(new BusMessage("server-b", Hello: true).Serialise())!;

        Assert.Equal(("server-b", true, null, null), (read.Origin, read.Hello, read.Change, read.Presence));
    }
}
