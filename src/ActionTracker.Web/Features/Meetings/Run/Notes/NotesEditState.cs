namespace ActionTracker.Web.Features.Meetings.Run.Notes;

public enum NotesSaveStatus
{
    Saved,
    Unsaved,
    Saving,
    NotSaved,
}

/// <summary>
/// What one notes editor holds: the text in it, the saved text and version that text is based on, and how its last
/// save went. No I/O here (NotesEditor saves, times and talks to the browser), so the rules can be tested on their own.
/// </summary>
public sealed class NotesEditState(string savedText, Guid version)
{
    public string Text { get; private set; } = savedText;

    public string SavedText { get; private set; } = savedText;

    public Guid BaseVersion { get; private set; } = version;

    public bool IsSaving { get; private set; }

    public DateTime? SavedAtUtc { get; private set; }

    public NotesConflictException? Conflict { get; private set; }

    public string? Error { get; private set; }

    public bool HasUnsavedText => Text != SavedText;

    /// <summary>A save is due: unsaved text, no save or someone else's text on its way, no conflict waiting for the typist's choice.</summary>
    public bool NeedsSave => HasUnsavedText && !IsSaving && !IsTakingTheirs && Conflict is null;

    public NotesSaveStatus Status =>
        Conflict is not null || Error is not null ? NotesSaveStatus.NotSaved
        : IsSaving ? NotesSaveStatus.Saving
        : HasUnsavedText ? NotesSaveStatus.Unsaved
        : NotesSaveStatus.Saved;

    public void Typed(string text) => Text = text;

    /// <summary>A draft left in the browser: its text, based on the version it was typed against.</summary>
    public void Restore(DraftNotes draft) => (Text, BaseVersion) = (draft.Text, draft.BaseVersion);

    public SaveNotes StartSave(int meetingId, int agendaItemId)
    {
        (IsSaving, Error) = (true, null);
        return new SaveNotes(meetingId, agendaItemId, Text, BaseVersion);
    }

    public void Saved(string text, Guid version, DateTime atUtc) => (IsSaving, SavedText, BaseVersion, SavedAtUtc) = (false, text, version, atUtc);

    public void Conflicted(NotesConflictException conflict) => (IsSaving, Conflict) = (false, conflict);

    public void Refused(string message) => (IsSaving, Error) = (false, message);

    /// <summary>Someone else's saved text is on its way into the editor: saves wait for the browser's answer.</summary>
    public bool IsTakingTheirs { get; private set; }

    /// <summary>
    /// Someone else saved this item: their text may replace this editor's only when it holds nothing unsaved (otherwise
    /// the typist's text stays and its next save meets the conflict). Returns whether to offer it to the browser.
    /// </summary>
    public bool StartTakingTheirs(ItemNotes saved)
    {
        IsTakingTheirs = saved.Version != BaseVersion && !HasUnsavedText && !IsSaving && !IsTakingTheirs && Conflict is null;
        return IsTakingTheirs;
    }

    /// <summary>The browser's answer: shown, or refused because a keystroke got there first (that text stays on the old version).</summary>
    public void FinishTakingTheirs(ItemNotes saved, bool shown)
    {
        IsTakingTheirs = false;
        if (shown)
        {
            Show(saved.Notes, saved.Version);
        }
    }

    /// <summary>"Keep mine": the typist's text, now based on theirs, to be saved over it.</summary>
    public void KeepMine() => (SavedText, BaseVersion, Conflict) = (Conflict!.TheirNotes, Conflict.TheirVersion, null);

    /// <summary>"Use theirs": their saved text in the editor; the typist's is dropped by their choice.</summary>
    public void UseTheirs() => Show(Conflict!.TheirNotes, Conflict.TheirVersion);

    /// <summary>"Merge": their text then the typist's own lines (<see cref="NotesMerge"/>), based on theirs, unsaved until saved.</summary>
    public void Merge()
    {
        var merged = NotesMerge.Combine(Conflict!.TheirNotes, Text);
        KeepMine();
        Text = merged;
    }

    private void Show(string notes, Guid version) => (Text, SavedText, BaseVersion, Conflict) = (notes, notes, version, null);
}
