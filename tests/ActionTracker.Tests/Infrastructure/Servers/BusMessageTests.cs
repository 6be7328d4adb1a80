using ActionTracker.Web.Infrastructure;
using ActionTracker.Web.Infrastructure.Servers;

namespace ActionTracker.Tests.Infrastructure.Servers;

/// <summary>Every message servers exchange survives its wire form (JSON in a NOTIFY payload) unchanged.</summary>
public sealed class BusMessageTests
{
    public static TheoryData<Change> Changes() => new()
    {
        new Change(7, 42, "Action"),
        new Change(7, null, "Notes", 3),
        new Change(7, null, "NotesDraft", 3, "Response times — \"discussed\" <b>not markup</b>\nACTION: DCC to review"),
        new Change(null, null, "Dashboard"),
        Change.Resync,
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Change_RoundTrips(Change change)
    {
        var message = new BusMessage("server-a", change);

        var read = BusMessage.Deserialise(message.Serialise());

        Assert.Equal(message, read);
        Assert.Equal(change, read!.Change);
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
