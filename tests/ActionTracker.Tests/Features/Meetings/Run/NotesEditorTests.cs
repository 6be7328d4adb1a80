using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings.Run.Notes;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Tests.Features.Meetings.Run;

/// <summary>
/// The notes editor of the run page rendered by bunit over the app's real services and SQLite: what it says about saving,
/// a conflict with someone else's save and its three ways out, and the actions it proposes from the notes.
/// </summary>
public sealed class NotesEditorTests : ComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private const string Mine = "Neighbourhood teams were discussed.\nRural response times are improving.";
    private const string Theirs = "Neighbourhood teams were discussed.\nThe chair asked for the February figures.";

    private async Task<IRenderedComponent<NotesEditor>> RenderEditorAsync()
    {
        var meeting = await Db.Meetings().GetAsync(Seed.MeetingId) ?? throw new InvalidOperationException("No meeting.");
        var item = meeting.AgendaItems.Single(i => i.Id == Seed.ItemTwoId);
        return Render<NotesEditor>(p => p.Add(e => e.MeetingId, Seed.MeetingId).Add(e => e.Item, item));
    }

    private string SaveState(IRenderedComponent<NotesEditor> cut) => cut.Find($"#notes-state-{Seed.ItemTwoId}").TextContent;

    private async Task<string?> SavedNotesAsync()
    {
        await using var db = Db.NewContext();
        return await db.AgendaItems.Where(i => i.Id == Seed.ItemTwoId).Select(i => i.Notes).SingleAsync();
    }

    [Fact]
    public async Task Typing_SaysUnsaved_ThenLeavingTheBoxSavesAndSaysWhen()
    {
        var cut = await RenderEditorAsync();
        Assert.Equal("All changes saved", SaveState(cut));

        cut.Find("textarea").Input(Mine);

        Assert.Equal("Unsaved changes", SaveState(cut));
        Assert.Equal("Unsaved", cut.Find(".notes-save-state").GetAttribute("data-state"));
        Assert.Null(await SavedNotesAsync());

        await cut.Find("textarea").BlurAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("Saved at 10:00", SaveState(cut)), Wait);
        Assert.Equal(Mine, await SavedNotesAsync());
    }

    [Fact]
    public async Task Typing_SavedAfterAPauseWithoutLeavingTheBox()
    {
        var cut = await RenderEditorAsync();

        cut.Find("textarea").Input(Mine);

        cut.WaitForAssertion(() => Assert.Equal("Saved at 10:00", SaveState(cut)), Wait);
        Assert.Equal(Mine, await SavedNotesAsync());
    }

    /// <summary>The minute taker types; the chair, elsewhere, saves first; the minute taker's save then meets the conflict.</summary>
    private async Task<IRenderedComponent<NotesEditor>> ConflictAsync()
    {
        var cut = await RenderEditorAsync();
        cut.Find("textarea").Input(Mine);
        var chair = new Caller(Roles.Chair, "Alex Carter", "Alex Carter");
        var chairsNotes = new MeetingNotesService(Db.Factory, new SaveNotesValidator(Db.Factory), Services.GetRequiredService<IChangeNotifier>(), Services.GetRequiredService<SharedReads>(), Db.CurrentUser(chair));
        var version = (await chairsNotes.GetAsync(Seed.MeetingId, Seed.ItemTwoId))!.Version;
        await chairsNotes.SaveNotesAsync(new SaveNotes(Seed.MeetingId, Seed.ItemTwoId, Theirs, version));

        await cut.Find("textarea").BlurAsync(new());

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".notes-conflict")), Wait);
        return cut;
    }

    [Fact]
    public async Task SomeoneElseSavedFirst_BothVersionsShown_NothingOverwritten()
    {
        var cut = await ConflictAsync();

        Assert.Equal(Mine, cut.Find($"pre[aria-labelledby='notes-mine-heading-{Seed.ItemTwoId}']").TextContent);
        Assert.Equal(Theirs, cut.Find($"pre[aria-labelledby='notes-theirs-heading-{Seed.ItemTwoId}']").TextContent);
        Assert.Equal("NotSaved", cut.Find(".notes-save-state").GetAttribute("data-state"));
        Assert.Equal(["Keep mine", "Use theirs", "Merge"], cut.FindAll(".notes-conflict-choices button").Select(b => b.TextContent));
        Assert.Equal(Theirs, await SavedNotesAsync());
    }

    [Fact]
    public async Task Conflict_KeepMine_SavesMineOverTheirs()
    {
        var cut = await ConflictAsync();

        cut.FindAll(".notes-conflict-choices button").Single(b => b.TextContent == "Keep mine").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved at 10:00", SaveState(cut)), Wait);
        Assert.Empty(cut.FindAll(".notes-conflict"));
        Assert.Equal(Mine, await SavedNotesAsync());
    }

    [Fact]
    public async Task Conflict_UseTheirs_TakesTheirText_AndSavesNothing()
    {
        var cut = await ConflictAsync();

        cut.FindAll(".notes-conflict-choices button").Single(b => b.TextContent == "Use theirs").Click();

        Assert.Empty(cut.FindAll(".notes-conflict"));
        Assert.Equal("All changes saved", SaveState(cut));
        // Leaving the box now has nothing to save: their text stays as they saved it.
        await cut.Find("textarea").BlurAsync(new());
        Assert.Equal(Theirs, await SavedNotesAsync());
    }

    [Fact]
    public async Task Conflict_Merge_TheirsThenMyNewLines_SavedOnLeavingTheBox()
    {
        var cut = await ConflictAsync();

        cut.FindAll(".notes-conflict-choices button").Single(b => b.TextContent == "Merge").Click();

        Assert.Empty(cut.FindAll(".notes-conflict"));
        await cut.Find("textarea").BlurAsync(new());
        cut.WaitForAssertion(() => Assert.Equal("Saved at 10:00", SaveState(cut)), Wait);
        Assert.Equal(
            "Neighbourhood teams were discussed.\nThe chair asked for the February figures.\nRural response times are improving.",
            await SavedNotesAsync());
    }

    [Fact]
    public async Task ActionLineTyped_ProposedWithItsOwner_ConfirmRaisesItUnderTheItem()
    {
        var cut = await RenderEditorAsync();

        cut.Find("textarea").Input("Response times were discussed.\nACTION: PCC to write to the Home Office.");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".quick-entry-proposal")), Wait);
        var proposal = cut.Find(".quick-entry-proposal");
        Assert.Equal("Proposed action: PCC to write to the Home Office.", proposal.QuerySelector(".quick-entry-description")!.TextContent);
        Assert.Equal($"Owner: {TestData.ChairName} (PCC)", proposal.QuerySelector(".quick-entry-owner")!.TextContent);

        cut.FindAll(".quick-entry-proposal button").Single(b => b.TextContent == "Confirm").Click();

        cut.WaitForAssertion(() => Assert.Equal("Action raised: PCC to write to the Home Office.", cut.Find(".quick-entry-status").TextContent), Wait);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".quick-entry-proposal")), Wait);
        await using var db = Db.NewContext();
        var raised = await db.ActionItems.Where(a => a.MeetingId == Seed.MeetingId)
            .Select(a => new { a.Description, a.AgendaItemId, a.TargetMeetingId, Owners = a.Owners.Select(o => o.PersonId).ToList() })
            .SingleAsync();
        Assert.Equal(("PCC to write to the Home Office.", (int?)Seed.ItemTwoId, (int?)Seed.NextMeetingId, Seed.ChairId),
            (raised.Description, raised.AgendaItemId, raised.TargetMeetingId, Assert.Single(raised.Owners)));
    }

    [Fact]
    public async Task RunItemNotes_ForAViewer_ShowsTheNotesWithoutAnEditor()
    {
        SignIn(Roles.Viewer);
        var meeting = await Db.Meetings().GetAsync(Seed.MeetingId) ?? throw new InvalidOperationException("No meeting.");

        var cut = Render<RunItemNotes>(p => p.Add(n => n.MeetingId, Seed.MeetingId).Add(n => n.Item, meeting.AgendaItems.Single(i => i.Id == Seed.ItemTwoId)));

        Assert.Empty(cut.FindAll("textarea"));
        Assert.Empty(cut.FindAll(".quick-entry"));
        Assert.Equal("No notes for this item yet.", cut.Find(".notes-empty").TextContent);
    }
}
