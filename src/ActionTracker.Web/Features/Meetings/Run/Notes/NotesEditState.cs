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

    /// <summary>A save is due: unsaved text, none on its way, and no conflict waiting for the typist's choice.</summary>
    public bool NeedsSave => HasUnsavedText && !IsSaving && Conflict is null;

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

    /// <summary>
    /// Someone else saved this item: their text replaces this editor's only when it holds nothing unsaved. Returns whether
    /// it did; otherwise the typist's text stays and its next save meets the conflict.
    /// </summary>
    public bool TakeTheirs(ItemNotes saved)
    {
        if (saved.Version == BaseVersion || HasUnsavedText || IsSaving || Conflict is not null)
        {
            return false;
        }

        Show(saved.Notes, saved.Version);
        return true;
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
