using ActionTracker.Web.Components.Shared.Conflicts;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>Adds an agenda item (Id 0) or edits one.</summary>
public sealed class SaveAgendaItem : IVersionedEdit
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public int MeetingId { get; set; }
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public AgendaItemKind Kind { get; set; }
    public string? Question { get; set; }
    public string? Notes { get; set; }
    public bool IsConfidential { get; set; }

    /// <summary>A later meeting the item is deferred to, or null: not deferred.</summary>
    public int? DeferredToMeetingId { get; set; }

    /// <summary>An edit of <paramref name="item"/> as it was read.</summary>
    public static SaveAgendaItem From(int meetingId, AgendaItemDto item) => new()
    {
        Id = item.Id, Version = item.Version, MeetingId = meetingId, Number = item.Number, Title = item.Title,
        Kind = item.Kind, Question = item.Question, Notes = item.Notes, IsConfidential = item.IsConfidential,
        DeferredToMeetingId = item.DeferredTo?.Id,
    };
}

public sealed class SaveAgendaItemValidator : AbstractValidator<SaveAgendaItem>
{
    public SaveAgendaItemValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(a => a.Number).NotEmpty().WithMessage("Enter the item number, e.g. 2 or 2.1.")
            .MaximumLength(FieldLimits.AgendaNumber).WithMessage($"Item numbers must be {FieldLimits.AgendaNumber} characters or fewer.")
            // A repeated number is not refused: real minutes number two items "5" (holding to account, then AOB). The
            // forms warn instead (AgendaNumber.RepeatWarning).
            .Must(AgendaNumber.IsWellFormed).When(a => !string.IsNullOrWhiteSpace(a.Number), ApplyConditionTo.CurrentValidator)
            .WithMessage("Item numbers look like 1, 1.1, 2.3, 5a or 5a.1.");
        RuleFor(a => a.Title).NotEmpty().WithMessage("Enter the item's title.")
            .MaximumLength(FieldLimits.Title).WithMessage($"The title must be {FieldLimits.Title} characters or fewer.");
        RuleFor(a => a.Kind).IsInEnum().WithMessage("Choose the kind of item.");
        RuleFor(a => a.Question).MaximumLength(FieldLimits.LongText)
            .WithMessage($"The question must be {FieldLimits.LongText} characters or fewer.");
        RuleFor(a => a.Notes).MaximumLength(FieldLimits.Notes)
            .WithMessage($"The notes must be {FieldLimits.Notes:N0} characters or fewer.");
        RuleFor(a => a.DeferredToMeetingId).CustomAsync(async (targetId, context, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var dates = await db.Meetings.Where(m => m.Id == targetId || m.Id == context.InstanceToValidate.MeetingId)
                .Select(m => new { m.Id, m.Date }).ToListAsync(ct);
            var target = dates.SingleOrDefault(m => m.Id == targetId);
            var meeting = dates.SingleOrDefault(m => m.Id == context.InstanceToValidate.MeetingId);
            if (target is null)
            {
                context.AddFailure("The meeting it was deferred to no longer exists: choose another.");
            }
            else if (meeting is not null && (target.Id == meeting.Id || target.Date <= meeting.Date))
            {
                context.AddFailure($"Defer the item to a meeting after this one ({UkFormat.Date(meeting.Date)}).");
            }
        }).When(a => a.DeferredToMeetingId is not null);
        RuleFor(a => a.MeetingId).MustAsync(async (id, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.Meetings.AnyAsync(m => m.Id == id, ct);
        }).WithMessage("That meeting no longer exists.");
    }
}
