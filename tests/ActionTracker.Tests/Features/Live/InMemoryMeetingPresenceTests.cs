using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Live;

namespace ActionTracker.Tests.Features.Live;

public sealed class InMemoryMeetingPresenceTests : IDisposable
{
    private const int Meeting = 7;
    private const int OtherMeeting = 8;
    private static readonly PresenceUser Sam = new("user-sam", "Sam Smith");
    private static readonly PresenceUser Alex = new("user-alex", "Alex Jones");

    private readonly RecordingChangeNotifier _notifier = new();
    private readonly InMemoryMeetingPresence _presence;

    public InMemoryMeetingPresenceTests() => _presence = new(_notifier);

    private static PresenceChanged PresenceChange(int meetingId) => new(meetingId);

    [Fact]
    public async Task JoinAsync_TwoPeople_BothPresentByName_AndEachJoinPublishedAsPresence()
    {
        await _presence.JoinAsync("tab-1", Meeting, Sam);
        await _presence.JoinAsync("tab-2", Meeting, Alex);

        Assert.Equal(["Alex Jones", "Sam Smith"], _presence.Present(Meeting).Select(p => p.DisplayName));
        Assert.Empty(_presence.Present(OtherMeeting));
        Assert.Equal([PresenceChange(Meeting), PresenceChange(Meeting)], _notifier.Published);
    }

    [Fact]
    public async Task JoinAsync_SamePersonInTwoTabs_CountedOnce_AndTheSecondTabPublishesNothing()
    {
        await _presence.JoinAsync("tab-1", Meeting, Sam);
        await _presence.JoinAsync("tab-2", Meeting, Sam);

        var present = Assert.Single(_presence.Present(Meeting));
        Assert.Equal("user-sam", present.Key);
        Assert.Single(_notifier.Published);
    }

    [Fact]
    public async Task LeaveAsync_OneOfTwoTabs_StillPresent_BothTabs_Gone()
    {
        await _presence.JoinAsync("tab-1", Meeting, Sam);
        await _presence.JoinAsync("tab-2", Meeting, Sam);

        await _presence.LeaveAsync("tab-1", Meeting);
        Assert.Single(_presence.Present(Meeting));

        await _presence.LeaveAsync("tab-2", Meeting);
        Assert.Empty(_presence.Present(Meeting));
        Assert.Equal([PresenceChange(Meeting), PresenceChange(Meeting)], _notifier.Published);
    }

    [Fact]
    public async Task SetEditingAsync_ItemThenNothing_ShownThenCleared()
    {
        await _presence.JoinAsync("tab-1", Meeting, Sam);

        await _presence.SetEditingAsync("tab-1", Meeting, 31);
        Assert.Equal([31], Assert.Single(_presence.Present(Meeting)).EditingItemIds);

        await _presence.SetEditingAsync("tab-1", Meeting, null);
        Assert.Empty(Assert.Single(_presence.Present(Meeting)).EditingItemIds);
        Assert.Equal(3, _notifier.Published.Count);
    }

    [Fact]
    public async Task SetEditingAsync_TwoTabsOnDifferentItems_ThePersonEditsBoth()
    {
        await _presence.JoinAsync("tab-1", Meeting, Sam);
        await _presence.JoinAsync("tab-2", Meeting, Sam);

        await _presence.SetEditingAsync("tab-2", Meeting, 32);
        await _presence.SetEditingAsync("tab-1", Meeting, 31);

        Assert.Equal([31, 32], Assert.Single(_presence.Present(Meeting)).EditingItemIds);
    }

    [Fact]
    public async Task SetEditingAsync_CircuitNotInTheMeeting_ChangesAndPublishesNothing()
    {
        await _presence.SetEditingAsync("tab-1", Meeting, 31);

        Assert.Empty(_presence.Present(Meeting));
        Assert.Empty(_notifier.Published);
    }

    [Fact]
    public async Task RemoveCircuitAsync_CircuitWithTwoMeetings_LeavesBoth_OtherCircuitsStay()
    {
        await _presence.JoinAsync("tab-1", Meeting, Sam);
        await _presence.SetEditingAsync("tab-1", Meeting, 31);
        await _presence.JoinAsync("tab-1", OtherMeeting, Sam);
        await _presence.JoinAsync("tab-2", Meeting, Alex);
        var before = _notifier.Published.Count;

        await _presence.RemoveCircuitAsync("tab-1");

        Assert.Equal(["Alex Jones"], _presence.Present(Meeting).Select(p => p.DisplayName));
        Assert.Empty(_presence.Present(OtherMeeting));
        Assert.Equal([PresenceChange(Meeting), PresenceChange(OtherMeeting)], _notifier.Published.Skip(before));
    }

    public void Dispose() => _presence.Dispose();
}
