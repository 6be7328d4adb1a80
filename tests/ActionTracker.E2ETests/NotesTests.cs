using ActionTracker.Web.Features.Account;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>Notes on the run-meeting page: saved as typed, seen live by everyone, and never silently overwritten.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class NotesTests(AppServer app)
{
    [Fact]
    public async Task NotesTypedByTheSecretariat_AppearLiveForTheChairAndAChiefOfficer_AndShowAsSaved()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services);
        var secretariat = await app.OpenAsync(meeting.RunPath);
        var chair = await app.OpenAsync(meeting.RunPath, DemoAccounts.Chair);
        var chiefOfficer = await app.OpenAsync(meeting.RunPath, DemoAccounts.ChiefOfficer);
        var text = $"The PCC asked for the response times by division {Guid.NewGuid():N}.";

        await Editor(secretariat, meeting).FillAsync(text);

        await Expect(SaveState(secretariat)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Saved at \d\d:\d\d$"));
        // Neither page was reloaded: the chair (who may edit too) gets the text in the editor, the chief officer reads it.
        await Expect(Editor(chair, meeting)).ToHaveValueAsync(text);
        await Expect(chiefOfficer.Locator(".run-notes")).ToContainTextAsync(text);
        await Expect(chiefOfficer.Locator(".run-notes textarea")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TwoSecretariesTypeAtOnce_TheSecondSeesBothTexts_AndMergingKeepsBothPeoplesWords()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services);
        var first = await app.OpenAsync(meeting.RunPath);
        var second = await app.OpenAsync(meeting.RunPath);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var firstText = $"The chair summarised the HMICFRS findings {unique}.";
        var secondText = $"ACC Cooper said the problem profile is nearly done {unique}.";

        // Both type before either save goes out (saves wait 0.7 s after the last keystroke): the second save meets the first.
        await Editor(first, meeting).FillAsync(firstText);
        await Editor(second, meeting).FillAsync(secondText);

        var conflict = second.Locator(".notes-conflict");
        await Expect(conflict.GetByRole(AriaRole.Region, new() { Name = "Your version (not saved)" })).ToHaveTextAsync(secondText);
        await Expect(conflict.GetByRole(AriaRole.Region, new() { Name = "Their version (saved)" })).ToHaveTextAsync(firstText);
        await Expect(SaveState(second)).ToHaveTextAsync("Not saved");
        await Expect(SaveState(first)).ToContainTextAsync("Saved at");
        await AssertNoSeriousAxeViolationsAsync(second);

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        var merged = $"{firstText}\n{secondText}";
        await Expect(Editor(second, meeting)).ToHaveValueAsync(merged);
        await Expect(SaveState(second)).ToContainTextAsync("Saved at");
        await Expect(Editor(first, meeting)).ToHaveValueAsync(merged);
    }

    [Fact]
    public async Task KeepMineChosenWithTheKeyboard_SavesMineOverTheirs_AndTheOtherEditorShowsIt()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services);
        var first = await app.OpenAsync(meeting.RunPath);
        var second = await app.OpenAsync(meeting.RunPath);
        var mine = $"Mine: the DCC will report in March {Guid.NewGuid():N}.";

        await Editor(first, meeting).FillAsync("Theirs: superseded.");
        await Editor(second, meeting).FillAsync(mine);
        var keepMine = second.GetByRole(AriaRole.Button, new() { Name = "Keep mine" });
        await keepMine.FocusAsync();
        await second.Keyboard.PressAsync("Enter");

        await Expect(second.Locator(".notes-conflict")).ToHaveCountAsync(0);
        await Expect(Editor(second, meeting)).ToBeFocusedAsync();
        await Expect(SaveState(second)).ToContainTextAsync("Saved at");
        await Expect(Editor(first, meeting)).ToHaveValueAsync(mine);
    }

    [Fact]
    public async Task ConnectionDroppedWhileTyping_TheTextTypedMeanwhileIsSavedAfterReconnecting()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services);
        var typist = await app.OpenAsync(meeting.RunPath);
        var watcher = await app.OpenAsync(meeting.RunPath, DemoAccounts.ChiefOfficer);
        var saved = $"Saved before the drop {Guid.NewGuid():N}.";
        var typedMeanwhile = $"{saved}\nTyped while the connection was down.";
        await Editor(typist, meeting).FillAsync(saved);
        await Expect(SaveState(typist)).ToContainTextAsync("Saved at");

        // The Blazor script's own test hook drops the connection; the circuit lives on, and the script reconnects to it.
        await typist.EvaluateAsync(@"text => {
            Blazor._internal.forceCloseConnection();
            const notes = document.querySelector('textarea.notes-textarea');
            notes.value = text;
            notes.dispatchEvent(new Event('input', { bubbles: true }));
        }", typedMeanwhile);

        await Expect(typist.GetByText("Connection restored.")).ToBeVisibleAsync();
        await Expect(watcher.Locator(".run-notes")).ToContainTextAsync("Typed while the connection was down.");
        await Expect(SaveState(typist)).ToContainTextAsync("Saved at");
    }

    public static ILocator Editor(IPage page, NotesTestMeeting meeting) =>
        page.GetByLabel($"Notes for item 1 {meeting.ItemTitle}");

    public static ILocator SaveState(IPage page) => page.Locator(".notes-save-state");

    private static async Task AssertNoSeriousAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
    }
}
