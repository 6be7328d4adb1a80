using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        await AxeScan.AssertNoSeriousViolationsAsync(chiefOfficer);
    }

    [Fact]
    public async Task TwoSecretariesTypeAtOnce_TheSecondToSaveSeesBothTexts_AndMergingKeepsBothPeoplesWords()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services);
        var unique = Guid.NewGuid().ToString("N")[..8];

        var (saved, refused) = await TypeAtOnceAsync(meeting,
            (await app.OpenAsync(meeting.RunPath), $"The chair summarised the HMICFRS findings {unique}."),
            (await app.OpenAsync(meeting.RunPath), $"ACC Cooper said the problem profile is nearly done {unique}."));

        var conflict = refused.Page.Locator(".notes-conflict");
        await Expect(conflict.GetByRole(AriaRole.Region, new() { Name = "Your version (not saved)" })).ToHaveTextAsync(refused.Text);
        await Expect(conflict.GetByRole(AriaRole.Region, new() { Name = "Their version (saved)" })).ToHaveTextAsync(saved.Text);
        await Expect(SaveState(refused.Page)).ToHaveTextAsync("Not saved");
        await Expect(SaveState(saved.Page)).ToContainTextAsync("Saved at");
        await AxeScan.AssertNoSeriousViolationsAsync(refused.Page);

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        var merged = $"{saved.Text}\n{refused.Text}";
        await Expect(Editor(refused.Page, meeting)).ToHaveValueAsync(merged);
        await Expect(SaveState(refused.Page)).ToContainTextAsync("Saved at");
        await Expect(Editor(saved.Page, meeting)).ToHaveValueAsync(merged);
    }

    [Fact]
    public async Task KeepMineChosenWithTheKeyboard_SavesMineOverTheirs_AndTheOtherEditorShowsIt()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services);
        var unique = Guid.NewGuid().ToString("N")[..8];

        var (saved, refused) = await TypeAtOnceAsync(meeting,
            (await app.OpenAsync(meeting.RunPath), $"One: superseded {unique}."),
            (await app.OpenAsync(meeting.RunPath), $"Two: the DCC will report in March {unique}."));
        await refused.Page.GetByRole(AriaRole.Button, new() { Name = "Keep mine" }).FocusAsync();
        await refused.Page.Keyboard.PressAsync("Enter");

        await Expect(refused.Page.Locator(".notes-conflict")).ToHaveCountAsync(0);
        await Expect(Editor(refused.Page, meeting)).ToBeFocusedAsync();
        await Expect(SaveState(refused.Page)).ToContainTextAsync("Saved at");
        await Expect(Editor(saved.Page, meeting)).ToHaveValueAsync(refused.Text);
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
        // Others see the words as they are typed (marked as a draft) before the save: saved once the mark has gone.
        await Expect(watcher.Locator(".run-notes .notes-typing")).ToHaveCountAsync(0);
        Assert.Equal(typedMeanwhile, await SavedNotesAsync(meeting.ItemId));
    }

    [Fact]
    public async Task TypedThenAltDownBeforeThePause_TheTextIsSavedAsTheEditorLeavesTheItem()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services);
        await AddSecondItemAsync(meeting.MeetingId);
        var typist = await app.OpenAsync(meeting.RunPath);
        var watcher = await app.OpenAsync(meeting.RunPath, DemoAccounts.ChiefOfficer);
        var text = $"The chair moved on straight away {Guid.NewGuid():N}.";

        // Fill types and the key follows at once, well inside the 0.7 s pause that would have saved it.
        await Editor(typist, meeting).FillAsync(text);
        await typist.Keyboard.PressAsync("Alt+ArrowDown");

        await Expect(typist.Locator("#current-item-heading")).ToHaveTextAsync("2 Second item");
        await Expect(watcher.Locator(".run-notes")).ToContainTextAsync(text);
        await Expect(watcher.Locator(".run-notes .notes-typing")).ToHaveCountAsync(0);
        Assert.Equal(text, await SavedNotesAsync(meeting.ItemId));
    }

    private async Task<string?> SavedNotesAsync(int itemId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AgendaItems.Where(i => i.Id == itemId).Select(i => i.Notes).SingleAsync();
    }

    private async Task AddSecondItemAsync(int meetingId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.AgendaItems.Add(new AgendaItem { MeetingId = meetingId, Number = "2", SortKey = AgendaNumber.SortKey("2"), Title = "Second item" });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Two editors type at once, before either save goes out (saves wait 0.7 s after the last keystroke): one save goes
    /// through and the other meets it. Which one wins is the server's race; returns the saved and the refused typist.
    /// </summary>
    private static async Task<((IPage Page, string Text) Saved, (IPage Page, string Text) Refused)> TypeAtOnceAsync(
        NotesTestMeeting meeting, (IPage Page, string Text) one, (IPage Page, string Text) two)
    {
        await Task.WhenAll(Editor(one.Page, meeting).FillAsync(one.Text), Editor(two.Page, meeting).FillAsync(two.Text));
        var conflictOnOne = one.Page.Locator(".notes-conflict");
        var conflictOnTwo = two.Page.Locator(".notes-conflict");
        for (var wait = 0; wait < 100; wait++)
        {
            if (await conflictOnOne.IsVisibleAsync())
            {
                return (two, one);
            }

            if (await conflictOnTwo.IsVisibleAsync())
            {
                return (one, two);
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("Neither editor met the other's save: both saves went through.");
    }

    public static ILocator Editor(IPage page, NotesTestMeeting meeting) =>
        page.GetByLabel($"Notes for item 1 {meeting.ItemTitle}");

    public static ILocator SaveState(IPage page) => page.Locator(".notes-save-state");
}
