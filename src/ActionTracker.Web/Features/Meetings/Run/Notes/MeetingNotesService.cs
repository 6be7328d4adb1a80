using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings.Minutes;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.Run.Notes;

/// <summary>An agenda item's notes as saved, and the version to base the next save on.</summary>
public sealed record ItemNotes(string Notes, Guid Version);

/// <summary>Notes taken live, item by item: saved as the minute taker types, never over someone else's newer text.</summary>
public sealed class MeetingNotesService(
    IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveNotes> validator, IChangeNotifier notifier, SharedReads shared, CurrentUser currentUser)
{
    /// <summary>The item's notes as every page following a change re-reads them: one read per server per change.</summary>
    public Task<ItemNotes?> GetLatestAsync(int meetingId, int agendaItemId) =>
        shared.ReadAsync(LiveTopic.ItemNotes(meetingId, agendaItemId), () => GetAsync(meetingId, agendaItemId));

    public async Task<ItemNotes?> GetAsync(int meetingId, int agendaItemId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AgendaItems.AsNoTracking().Where(i => i.Id == agendaItemId && i.MeetingId == meetingId)
            .Select(i => new ItemNotes(i.Notes ?? "", i.Version)).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// Shows the notes as typed to everyone watching the item, on every server, before the save on the pause (which still
    /// happens as before). Saves nothing, so it changes no one's text: editors ignore drafts; only read-only notes show
    /// them, marked as being typed. Text longer than a save accepts is not shared (the save will refuse it and say why).
    /// </summary>
    public async Task ShareDraftAsync(int meetingId, int agendaItemId, string text)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        if (text.Length <= FieldLimits.Notes)
        {
            await notifier.PublishAsync(new NotesTyped(meetingId, agendaItemId, text));
        }
    }

    /// <summary>
    /// Saves the item's notes and returns their new version. Throws <see cref="NotesConflictException"/>, saving nothing,
    /// when the item changed since <see cref="SaveNotes.BaseVersion"/> to a text other than this one.
    /// </summary>
    public async Task<Guid> SaveNotesAsync(SaveNotes input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await MinutesLock.EnsureEditableAsync(db, input.MeetingId, ct);
        var newVersion = Guid.NewGuid();
        var notes = input.Notes.Length == 0 ? null : input.Notes;

        // One conditional UPDATE: two savers racing cannot both pass a version check made before it.
        var updated = await db.AgendaItems
            .Where(i => i.Id == input.AgendaItemId && i.MeetingId == input.MeetingId && i.Version == input.BaseVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Notes, notes).SetProperty(i => i.Version, newVersion), ct);
        if (updated == 0)
        {
            var current = await GetAsync(input.MeetingId, input.AgendaItemId, ct)
                ?? throw new ConcurrencyConflictException(SaveNotesValidator.ItemGone);

            // The same text is no conflict: typically this typist's own save whose answer was lost when the connection dropped.
            return current.Notes == input.Notes ? current.Version : throw new NotesConflictException(current.Notes, current.Version);
        }

        await notifier.PublishAsync(new NotesSaved(input.MeetingId, input.AgendaItemId));
        return newVersion;
    }
}
