using System.Security.Claims;
using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings.Run;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Features.Meetings.Run;

public sealed class PresenceComponentTests : AppBunitContext
{
    private const int Meeting = 7;
    private const int Item = 31;

    // The viewer signed in here; with no account id claim, presence knows them by their account name.
    private static readonly PresenceUser Me = new(TestDatabase.SignedInName, TestDatabase.SignedInName);

    // One notifier, as in the app: presence publishes on it and the components' LiveRefresh subscribes to it.
    private readonly InProcessChangeNotifier _notifier = new(new SharedReads(), NullLogger<InProcessChangeNotifier>.Instance);
    private readonly InMemoryMeetingPresence _presence;

    public PresenceComponentTests()
    {
        _presence = new(_notifier);
        Services.AddSingleton<IMeetingPresence>(_presence);
        Services.AddSingleton<IChangeNotifier>(_notifier);
        Services.AddScoped<CircuitPresence>();
        var auth = AddAuthorization();
        auth.SetAuthorized(TestDatabase.SignedInName);
        auth.SetRoles(Roles.Secretariat);
        auth.SetClaims(new Claim(ClaimTypes.GivenName, TestDatabase.SignedInName));
    }

    private IRenderedComponent<EditingIndicator> Indicator() =>
        Render<EditingIndicator>(p => p.Add(c => c.MeetingId, Meeting).Add(c => c.AgendaItemId, Item));

    [Fact]
    public async Task PresenceList_ThreeTabsOfTwoPeople_EachNamedOnce_YouMarked_InAPoliteLiveRegion()
    {
        await _presence.JoinAsync("a", Meeting, new("sam", "Sam Smith"));
        await _presence.JoinAsync("b", Meeting, new("sam", "Sam Smith"));
        await _presence.JoinAsync("c", Meeting, Me);

        var cut = Render<PresenceList>(p => p.Add(c => c.MeetingId, Meeting));

        Assert.StartsWith("Who", cut.Find("h2#presence-heading").TextContent, StringComparison.Ordinal);
        Assert.Equal("polite", cut.Find("ul").GetAttribute("aria-live"));
        Assert.Equal(["Lucy Milner (you)", "Sam Smith"], cut.FindAll("ul li").Select(li => li.TextContent).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PresenceList_ShownInThisTab_JoinsTheMeeting_AndLeavesWhenItGoes()
    {
        var cut = Render<PresenceList>(p => p.Add(c => c.MeetingId, Meeting));

        Assert.Equal(["Lucy Milner (you)"], cut.FindAll("ul li").Select(li => li.TextContent));
        Assert.Contains(_presence.Present(Meeting), p => p.DisplayName == TestDatabase.SignedInName);

        await DisposeComponentsAsync();

        Assert.Empty(_presence.Present(Meeting));
    }

    [Fact]
    public async Task EditingIndicator_SomeoneElseEditsThisItem_NamesThem()
    {
        await _presence.JoinAsync("a", Meeting, new("sam", "Sam Smith"));
        await _presence.SetEditingAsync("a", Meeting, Item);

        Assert.Equal("Sam Smith is editing", Indicator().Find("span.editing-indicator").TextContent);
    }

    [Fact]
    public async Task EditingIndicator_SomeoneStartsEditingAfterItIsShown_NamesThemLive()
    {
        await _presence.JoinAsync("a", Meeting, new("sam", "Sam Smith"));
        var cut = Indicator();
        Assert.Equal("", cut.Find("span.editing-indicator").TextContent);

        await _presence.SetEditingAsync("a", Meeting, Item);

        cut.WaitForAssertion(() => Assert.Equal("Sam Smith is editing", cut.Find("span.editing-indicator").TextContent), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task EditingIndicator_TwoOthers_BothNamed()
    {
        await _presence.JoinAsync("a", Meeting, new("sam", "Sam Smith"));
        await _presence.JoinAsync("b", Meeting, new("alex", "Alex Jones"));
        await _presence.SetEditingAsync("a", Meeting, Item);
        await _presence.SetEditingAsync("b", Meeting, Item);

        Assert.Equal("Alex Jones and Sam Smith are editing", Indicator().Find("span.editing-indicator").TextContent);
    }

    [Fact]
    public async Task EditingIndicator_OnlyYouOrSomeoneOnAnotherItem_Empty()
    {
        await _presence.JoinAsync("a", Meeting, Me);
        await _presence.SetEditingAsync("a", Meeting, Item);
        await _presence.JoinAsync("b", Meeting, new("sam", "Sam Smith"));
        await _presence.SetEditingAsync("b", Meeting, Item + 1);

        var indicator = Indicator().Find("span.editing-indicator");
        Assert.Equal("", indicator.TextContent);
        Assert.Equal("polite", indicator.GetAttribute("aria-live"));
    }
}
