using ActionTracker.Web.Features.Meetings.Run.Notes;

namespace ActionTracker.Tests.Features.Meetings.Run;

public class NotesEditStateTests
{
    private static readonly Guid Saved = Guid.NewGuid();
    private static readonly Guid Theirs = Guid.NewGuid();
    private static readonly DateTime At = new(2025, 6, 2, 13, 2, 0, DateTimeKind.Utc);

    [Fact]
    public void Typed_DifferentFromSaved_IsUnsavedAndNeedsSave()
    {
        var state = new NotesEditState("Opening.", Saved);

        state.Typed("Opening. More.");

        Assert.Equal(NotesSaveStatus.Unsaved, state.Status);
        Assert.True(state.NeedsSave);
    }

    [Fact]
    public void StartSave_TheTextOnItsVersion_ThenSaved_BasesTheNextSaveOnTheNewVersion()
    {
        var state = new NotesEditState("", Saved);
        state.Typed("First words.");

        var input = state.StartSave(4, 7);
        Assert.Equal(new SaveNotes(4, 7, "First words.", Saved), input);
        Assert.Equal(NotesSaveStatus.Saving, state.Status);
        Assert.False(state.NeedsSave);
        var next = Guid.NewGuid();
        state.Saved(input.Notes, next, At);

        Assert.Equal((NotesSaveStatus.Saved, next, At), (state.Status, state.BaseVersion, state.SavedAtUtc));
    }

    [Fact]
    public void Saved_WhileTypingWentOn_StillUnsaved()
    {
        var state = new NotesEditState("", Saved);
        state.Typed("First");
        var input = state.StartSave(4, 7);
        state.Typed("First words");

        state.Saved(input.Notes, Guid.NewGuid(), At);

        Assert.True(state.NeedsSave);
    }

    [Fact]
    public void TakingTheirs_NothingUnsaved_ShownByTheBrowser_TheirTextOnTheirVersion()
    {
        var state = new NotesEditState("Old.", Saved);
        var theirs = new ItemNotes("Their new text.", Theirs);

        Assert.True(state.StartTakingTheirs(theirs));
        Assert.False(state.NeedsSave);
        state.FinishTakingTheirs(theirs, shown: true);

        Assert.Equal(("Their new text.", Theirs, NotesSaveStatus.Saved), (state.Text, state.BaseVersion, state.Status));
    }

    [Fact]
    public void TakingTheirs_WithUnsavedText_NotOffered_SoTheNextSaveMeetsTheConflict()
    {
        var state = new NotesEditState("Old.", Saved);
        state.Typed("Old. Mine.");

        Assert.False(state.StartTakingTheirs(new ItemNotes("Their new text.", Theirs)));

        Assert.Equal(new SaveNotes(1, 2, "Old. Mine.", Saved), state.StartSave(1, 2));
    }

    [Fact]
    public void TakingTheirs_AKeystrokeGotThereFirst_KeepsItOnTheOldVersion_AndItsSaveMeetsTheConflict()
    {
        var state = new NotesEditState("Old.", Saved);
        var theirs = new ItemNotes("Their new text.", Theirs);
        state.StartTakingTheirs(theirs);

        state.Typed("Old. Typed as theirs arrived.");
        Assert.False(state.NeedsSave);
        state.FinishTakingTheirs(theirs, shown: false);

        Assert.Equal(new SaveNotes(1, 2, "Old. Typed as theirs arrived.", Saved), state.StartSave(1, 2));
    }

    [Fact]
    public void TakingTheirs_OwnSaveComingBack_NotOffered() =>
        Assert.False(new NotesEditState("Mine.", Saved).StartTakingTheirs(new ItemNotes("Mine.", Saved)));

    [Fact]
    public void Conflicted_NotSaved_NoAutosaveUntilTheTypistChooses()
    {
        var state = InConflict();

        Assert.Equal(NotesSaveStatus.NotSaved, state.Status);
        Assert.False(state.NeedsSave);
    }

    [Fact]
    public void KeepMine_MyTextBasedOnTheirVersion_NeedsSave()
    {
        var state = InConflict();

        state.KeepMine();

        Assert.Equal(new SaveNotes(1, 2, "Mine.", Theirs), state.StartSave(1, 2));
    }

    [Fact]
    public void UseTheirs_TheirTextSaved_NothingToSave()
    {
        var state = InConflict();

        state.UseTheirs();

        Assert.Equal(("Theirs.", Theirs, NotesSaveStatus.Saved, null), (state.Text, state.BaseVersion, state.Status, state.Conflict));
    }

    [Fact]
    public void Merge_BothTextsInTheEditor_BasedOnTheirVersion_Unsaved()
    {
        var state = InConflict();

        state.Merge();

        Assert.Equal(("Theirs.\nMine.", Theirs, NotesSaveStatus.Unsaved), (state.Text, state.BaseVersion, state.Status));
    }

    [Fact]
    public void Restore_TheDraftOnTheVersionItWasTypedAgainst()
    {
        var state = new NotesEditState("Saved.", Theirs);

        state.Restore(new DraftNotes("Saved. Typed offline.", Saved));

        Assert.Equal(new SaveNotes(1, 2, "Saved. Typed offline.", Saved), state.StartSave(1, 2));
    }

    [Fact]
    public void Refused_NotSaved_WithTheMessage_AndTheNextSaveClearsIt()
    {
        var state = new NotesEditState("", Saved);
        state.Typed("Too long");
        state.StartSave(1, 2);

        state.Refused("The notes must be 100,000 characters or fewer.");
        Assert.Equal((NotesSaveStatus.NotSaved, "The notes must be 100,000 characters or fewer."), (state.Status, state.Error));
        state.StartSave(1, 2);

        Assert.Null(state.Error);
    }

    private static NotesEditState InConflict()
    {
        var state = new NotesEditState("", Saved);
        state.Typed("Mine.");
        state.StartSave(1, 2);
        state.Conflicted(new NotesConflictException("Theirs.", Theirs));
        return state;
    }
}
