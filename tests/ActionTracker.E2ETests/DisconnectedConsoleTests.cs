using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>While the server is gone, typing into the page raises no browser errors, and the page comes back by itself.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class DisconnectedConsoleTests(AppServer app, RestartableAppServer server) : IClassFixture<RestartableAppServer>
{
    [Fact]
    public async Task ServerDown_TypingInNotesAndAForm_LogsNoBrowserErrors_AndThePageComesBack()
    {
        var meeting = await NotesTestMeeting.CreateAsync(server.Services);
        var page = await server.OpenSignedInAsync(app.Browser, meeting.RunPath);
        await NotesTests.Editor(page, meeting).FillAsync("Saved while connected.");
        await Expect(NotesTests.SaveState(page)).ToContainTextAsync("Saved at");

        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await server.StopAsync();
        await Expect(page.Locator(".connection-lost")).ToBeVisibleAsync();

        // Keystrokes, clicks and focus changes, as a person carries on typing not knowing the server has gone.
        var editor = NotesTests.Editor(page, meeting);
        await editor.ClickAsync();
        await editor.PressSequentiallyAsync(" Typed while down.", new() { Delay = 20 });
        await page.Keyboard.PressAsync("Tab");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForTimeoutAsync(1_000);
        await page.EvaluateAsync("window.__beforeRestart = true");
        server.Start();
        await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new() { Timeout = 45_000 });
        await page.Locator("main[data-interactive='true']").WaitForAsync();

        var pageErrors = errors.Where(e => !IsTheServerBeingAway(e)).ToList();
        Assert.True(pageErrors.Count == 0, string.Join("\n", pageErrors));
        await page.Context.CloseAsync();
    }

    // Chromium itself logs the failed WebSocket and resource loads while nothing listens on the port: the network, not the page.
    private static bool IsTheServerBeingAway(string error) =>
        error.Contains("net::ERR_CONNECTION_REFUSED", StringComparison.Ordinal)
        || error.StartsWith("Failed to load resource", StringComparison.Ordinal)
        || error.Contains("WebSocket connection to", StringComparison.Ordinal);
}
