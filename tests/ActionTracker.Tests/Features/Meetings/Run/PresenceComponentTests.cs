using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Meetings.Run;
using ActionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Tests.Features.Meetings.Run;

public class PresenceComponentTests
{
    private const int Meeting = 7;
    private const int Item = 31;

    // The viewer is the default test caller; with no account id claim, presence knows them by their account name.
    private static readonly PresenceUser Me = new(TestDatabase.SignedInName, TestDatabase.SignedInName);

    private readonly InMemoryMeetingPresence _presence = new(new RecordingChangeNotifier());

    private Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        ComponentHtml.RenderAsync<TComponent>(parameters, services => services
            .AddSingleton<IMeetingPresence>(_presence)
            .AddSingleton<IChangeNotifier>(new RecordingChangeNotifier())
            .AddSingleton<AuthenticationStateProvider>(new SignedInUser(Caller.Secretariat.ToPrincipal()))
            .AddSingleton<CircuitPresence>());

    private Task<string> IndicatorAsync() =>
        RenderAsync<EditingIndicator>(new() { ["MeetingId"] = Meeting, ["AgendaItemId"] = Item });

    [Fact]
    public async Task PresenceList_ThreeTabsOfTwoPeople_EachNamedOnce_YouMarked_InAPoliteLiveRegion()
    {
        await _presence.JoinAsync("a", Meeting, new("sam", "Sam Smith"));
        await _presence.JoinAsync("b", Meeting, new("sam", "Sam Smith"));
        await _presence.JoinAsync("c", Meeting, Me);

        var html = await RenderAsync<PresenceList>(new() { ["MeetingId"] = Meeting });

        Assert.Contains("<h2 id=\"presence-heading\">Who", html, StringComparison.Ordinal);
        Assert.Contains("<ul aria-live=\"polite\">", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, ">Sam Smith</li>"));
        Assert.Contains(">Lucy Milner (you)</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingIndicator_SomeoneElseEditsThisItem_NamesThem()
    {
        await _presence.JoinAsync("a", Meeting, new("sam", "Sam Smith"));
        await _presence.SetEditingAsync("a", Meeting, Item);

        Assert.Contains(">Sam Smith is editing</span>", await IndicatorAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingIndicator_TwoOthers_BothNamed()
    {
        await _presence.JoinAsync("a", Meeting, new("sam", "Sam Smith"));
        await _presence.JoinAsync("b", Meeting, new("alex", "Alex Jones"));
        await _presence.SetEditingAsync("a", Meeting, Item);
        await _presence.SetEditingAsync("b", Meeting, Item);

        Assert.Contains(">Alex Jones and Sam Smith are editing</span>", await IndicatorAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingIndicator_OnlyYouOrSomeoneOnAnotherItem_Empty()
    {
        await _presence.JoinAsync("a", Meeting, Me);
        await _presence.SetEditingAsync("a", Meeting, Item);
        await _presence.JoinAsync("b", Meeting, new("sam", "Sam Smith"));
        await _presence.SetEditingAsync("b", Meeting, Item + 1);

        Assert.Contains("<span class=\"editing-indicator\" aria-live=\"polite\"></span>", await IndicatorAsync(), StringComparison.Ordinal);
    }

    private static int Count(string html, string text) => html.Split(text).Length - 1;
}
