using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live.Servers;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>
/// Two app servers on one PostgreSQL (<see cref="TwoServersOnPostgres"/>): the minute-taker on server A, others on server
/// B, as a load balancer with sticky sessions would place them. On a scheduled sample meeting; data is only added to.
/// </summary>
[Collection(TwoServersCollectionDefinition.Name)]
public sealed class CrossServerTests(TwoServersOnPostgres servers)
{
    private const string MeetingTitle = "Sample – Domestic abuse outcomes and serious violence";

    private static ILocator WhoIsHere(IPage page) => page.Locator("section.presence-list li");

    private static ILocator ActionsOf(IPage page, string description) =>
        page.Locator("section.run-item-actions li").Filter(new() { HasText = description });

    private static async Task RaiseAsync(IPage page, string description)
    {
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync(description);
        await page.GetByLabel("Owner").FillAsync("T/DCC");
        await page.GetByLabel("Due date").FillAsync("2031-05-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
    }

    private static async Task CloseAsync(params IPage[] pages)
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }

    [PostgresFact]
    public async Task RaiseNotesAndTyping_OnServerA_AppearOnServerB_TypingMarkedUntilSaved()
    {
        var path = await servers.RunPathAsync(MeetingTitle);
        var minuteTaker = await servers.A.OpenAsync(path);
        var watcher = await servers.B.OpenAsync(path, DemoAccounts.ChiefOfficer);

        var description = $"T/DCC to brief both servers {Guid.NewGuid():N}"[..40];
        await RaiseAsync(minuteTaker, description);
        await Expect(ActionsOf(watcher, description)).ToHaveCountAsync(1);

        // Typed slowly, so no pause saves it while typing: B shows the words as typed, marked as not saved yet.
        var words = $" Cross-server note {Guid.NewGuid():N}"[..28];
        var notes = minuteTaker.Locator("section.run-item textarea.notes-textarea");
        await notes.FocusAsync();
        await minuteTaker.Keyboard.PressAsync("Control+End");
        await notes.PressSequentiallyAsync(words, new() { Delay = 150 });
        var watched = watcher.Locator("section.run-item");
        await Expect(watched.Locator(".notes-typing")).ToHaveTextAsync("Being typed — not saved yet");
        await Expect(watched.Locator(".notes-draft")).ToContainTextAsync(words.Trim()[..12]);

        // Saved on the pause: B shows the saved notes, no longer marked.
        await Expect(minuteTaker.Locator(".notes-save-state")).ToContainTextAsync("Saved");
        await Expect(watched.Locator(".notes-typing")).ToHaveCountAsync(0);
        await Expect(watched).ToContainTextAsync(words.Trim());
        await CloseAsync(minuteTaker, watcher);
    }

    [PostgresFact]
    public async Task PeopleOnBothServers_EachSeesBoth_AndOneLeavingIsSeenOnTheOther()
    {
        var path = await servers.RunPathAsync(MeetingTitle);
        var onA = await servers.A.OpenAsync(path);
        var onB = await servers.B.OpenAsync(path, DemoAccounts.Chair);

        foreach (var page in new[] { onA, onB })
        {
            await Expect(WhoIsHere(page).Filter(new() { HasText = "Lucy Milner" })).ToHaveCountAsync(1);
            await Expect(WhoIsHere(page).Filter(new() { HasText = "John Campion" })).ToHaveCountAsync(1);
        }

        await CloseAsync(onA);
        await Expect(WhoIsHere(onB).Filter(new() { HasText = "Lucy Milner" })).ToHaveCountAsync(0);
        await CloseAsync(onB);
    }

    [PostgresFact]
    public async Task ListenerCut_ServerBMissesARaise_ThenListensAgain_AndItsPageCatchesUp()
    {
        var path = await servers.RunPathAsync(MeetingTitle);
        var minuteTaker = await servers.A.OpenAsync(path);
        var watcher = await servers.B.OpenAsync(path, DemoAccounts.ChiefOfficer);

        // B listens again only 3 s after the cut: the raise's notification reaches A's listener, not B's.
        await servers.CutListenerAsync(servers.B.Services.GetRequiredService<IServerBus>().ServerId);
        var description = $"T/DCC to raise while B is deaf {Guid.NewGuid():N}"[..44];
        await RaiseAsync(minuteTaker, description);
        await Expect(ActionsOf(minuteTaker, description)).ToHaveCountAsync(1);

        await Expect(ActionsOf(watcher, description)).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await CloseAsync(minuteTaker, watcher);
    }
}
