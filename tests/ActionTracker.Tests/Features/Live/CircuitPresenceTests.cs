using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Live;

namespace ActionTracker.Tests.Features.Live;

public sealed class CircuitPresenceTests : IDisposable
{
    private const int Meeting = 7;

    private readonly InMemoryMeetingPresence _presence = new(new RecordingChangeNotifier());

    private CircuitPresence Tab(Caller caller) => new(_presence, new SignedInUser(caller.ToPrincipal()));

    [Fact]
    public async Task JoinAsync_SignedIn_PresentUnderTheirDisplayName()
    {
        var tab = Tab(Caller.Secretariat with { GivenName = "Sam Smith" });

        await tab.JoinAsync(Meeting);

        Assert.Equal("Sam Smith", Assert.Single(_presence.Present(Meeting)).DisplayName);
    }

    [Fact]
    public async Task JoinAsync_NobodySignedIn_NobodyPresent()
    {
        await Tab(Caller.Anonymous).JoinAsync(Meeting);

        Assert.Empty(_presence.Present(Meeting));
    }

    [Fact]
    public async Task StopEditingAsync_ForAnItemNoLongerEdited_LeavesTheNewItemMarked()
    {
        var tab = Tab(Caller.Secretariat);
        await tab.JoinAsync(Meeting);
        await tab.StartEditingAsync(Meeting, 31);
        await tab.StartEditingAsync(Meeting, 32);

        await tab.StopEditingAsync(Meeting, 31);
        Assert.Equal([32], Assert.Single(_presence.Present(Meeting)).EditingItemIds);

        await tab.StopEditingAsync(Meeting, 32);
        Assert.Empty(Assert.Single(_presence.Present(Meeting)).EditingItemIds);
    }

    [Fact]
    public async Task OnCircuitClosedAsync_TabClosed_NoLongerPresent_OtherTabOfTheSamePersonStays()
    {
        var closing = Tab(Caller.Secretariat);
        var staying = Tab(Caller.Secretariat);
        await closing.JoinAsync(Meeting);
        await closing.StartEditingAsync(Meeting, 31);
        await staying.JoinAsync(Meeting);

        await closing.OnCircuitClosedAsync(null!, CancellationToken.None);

        Assert.Empty(Assert.Single(_presence.Present(Meeting)).EditingItemIds);
        await staying.OnCircuitClosedAsync(null!, CancellationToken.None);
        Assert.Empty(_presence.Present(Meeting));
    }

    [Fact]
    public async Task OnConnectionDownAsync_ThenUp_GoneWhileDown_BackWithWhatWasBeingEdited()
    {
        var tab = Tab(Caller.Secretariat);
        await tab.JoinAsync(Meeting);
        await tab.StartEditingAsync(Meeting, 31);

        await tab.OnConnectionDownAsync(null!, CancellationToken.None);
        Assert.Empty(_presence.Present(Meeting));

        await tab.OnConnectionUpAsync(null!, CancellationToken.None);
        Assert.Equal([31], Assert.Single(_presence.Present(Meeting)).EditingItemIds);
    }

    [Fact]
    public async Task LeaveAsync_ThenConnectionComesBack_NotPresentAgain()
    {
        var tab = Tab(Caller.Secretariat);
        await tab.JoinAsync(Meeting);
        await tab.LeaveAsync(Meeting);

        await tab.OnConnectionUpAsync(null!, CancellationToken.None);

        Assert.Empty(_presence.Present(Meeting));
    }

    public void Dispose() => _presence.Dispose();
}
