using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Features.Meetings.Run.Notes;

/// <summary>
/// Someone else saved the item's notes after the typist's text was based on them. Carries their text and version so the
/// typist can compare both and choose, then save again based on <see cref="TheirVersion"/>.
/// </summary>
public sealed class NotesConflictException(string? theirNotes, Guid theirVersion)
    : ConcurrencyConflictException("Someone else saved these notes while you were typing. Your text was not saved: compare both versions and choose.")
{
    public string TheirNotes { get; } = theirNotes ?? "";

    public Guid TheirVersion { get; } = theirVersion;
}
