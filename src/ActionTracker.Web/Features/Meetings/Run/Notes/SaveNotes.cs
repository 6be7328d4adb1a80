using ActionTracker.Web.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.Run.Notes;

/// <summary>
/// The whole notes text of one agenda item, typed against <paramref name="BaseVersion"/>: the item's version when the
/// typist last had its saved text. A save based on an older version is refused as a conflict, never overwrites.
/// </summary>
public sealed record SaveNotes(int MeetingId, int AgendaItemId, string Notes, Guid BaseVersion);

public sealed class SaveNotesValidator : AbstractValidator<SaveNotes>
{
    public const string ItemGone = "This agenda item no longer exists: someone may have removed it. Copy your notes before leaving the page.";

    public SaveNotesValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(n => n.Notes).NotNull().WithMessage("The notes are missing.")
            .MaximumLength(FieldLimits.Notes).WithMessage($"The notes must be {FieldLimits.Notes:N0} characters or fewer.");
        RuleFor(n => n.AgendaItemId).MustAsync(async (input, itemId, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.AgendaItems.AnyAsync(i => i.Id == itemId && i.MeetingId == input.MeetingId, ct);
        }).WithMessage(ItemGone);
    }
}
