using ActionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>Nothing typed is lost when the server stops in the middle of a meeting and comes back on the same address.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class NotesRestartTests(AppServer app, RestartableAppServer server) : IClassFixture<RestartableAppServer>
{
    [Fact]
    public async Task ServerRestartedMidTyping_ThePageReloadsByItself_AndTheUnsavedTextComesBackAndIsSaved()
    {
        var meeting = await NotesTestMeeting.CreateAsync(server.Services);
        var page = await server.OpenSignedInAsync(app.Browser, meeting.RunPath);
        var saved = $"Saved before the restart {Guid.NewGuid():N}.";
        var typedWhileDown = $"{saved}\nTyped while the server was down.";

        await NotesTests.Editor(page, meeting).FillAsync(saved);
        await Expect(NotesTests.SaveState(page)).ToContainTextAsync("Saved at");
        await server.StopAsync();
        await Expect(page.Locator(".connection-lost")).ToBeVisibleAsync();
        await NotesTests.Editor(page, meeting).FillAsync(typedWhileDown);
        await page.EvaluateAsync("window.__beforeRestart = true");
        server.Start();

        // The old circuit died with the server: once the server answers, the page reloads by itself (no click), and the
        // reloaded page restores the draft kept in the browser and saves it.
        await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new() { Timeout = 45_000 });
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await Expect(NotesTests.Editor(page, meeting)).ToHaveValueAsync(typedWhileDown);
        await Expect(NotesTests.SaveState(page)).ToContainTextAsync("Saved at");
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(typedWhileDown, await db.AgendaItems.Where(i => i.Id == meeting.ItemId).Select(i => i.Notes).SingleAsync());
        await page.Context.CloseAsync();
    }
}
