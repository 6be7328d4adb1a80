using ActionTracker.Web.Components.Shared.Conflicts;
using ActionTracker.Web.Data;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>What is typed when an action is raised or edited. Id 0 raises a new one; otherwise Version is the one read.</summary>
public sealed class SaveActionItem : IVersionedEdit
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public int MeetingId { get; set; }
    public int? AgendaItemId { get; set; }
    public string Description { get; set; } = "";
    public List<OwnerChoice> Owners { get; set; } = [];
    public DateOnly? DueDate { get; set; }
    public int? TargetMeetingId { get; set; }
    public string? Theme { get; set; }

    /// <summary>An edit of <paramref name="action"/> as it was read: saving it unchanged changes nothing.</summary>
    public static SaveActionItem From(ActionItemRow action) => new()
    {
        Id = action.Id,
        Version = action.Version,
        MeetingId = action.MeetingId,
        AgendaItemId = action.AgendaItemId,
        Description = action.Description,
        Owners = action.Owners.Select(o => new OwnerChoice(o.PersonId, o.PostId, o.BodyName)).ToList(),
        DueDate = action.DueDate,
        TargetMeetingId = action.TargetMeetingId,
        Theme = action.Theme,
    };
}

public sealed class SaveActionItemValidator : AbstractValidator<SaveActionItem>
{
    public SaveActionItemValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(a => a.Description).NotEmpty().WithMessage("Describe the action: who is to do what.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The description must be {FieldLimits.LongText} characters or fewer.");
        RuleFor(a => a.Theme).MaximumLength(FieldLimits.Abbreviation)
            .WithMessage($"The theme must be {FieldLimits.Abbreviation} characters or fewer.");
        RuleFor(a => a.Owners).NotEmpty().WithMessage("Give the action at least one owner.");
        RuleFor(a => a.Owners).Must(owners => owners.All(o => o.HasExactlyOne))
            .WithMessage("Each owner must be one person, one post, or one named body.");
        RuleFor(a => a.Owners).Must(owners => owners.All(o => (o.BodyName?.Trim().Length ?? 0) <= FieldLimits.Name))
            .WithMessage($"A named owner must be {FieldLimits.Name} characters or fewer.");
        RuleFor(a => a.Owners).Must(owners => owners.Distinct().Count() == owners.Count)
            .WithMessage("The same owner is listed twice.");
        RuleFor(a => a.DueDate).NotNull().When(a => a.TargetMeetingId is null)
            .WithMessage("Give a due date, or choose the meeting it is due back at.");

        RuleFor(a => a).CustomAsync(async (action, context, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var meetingDate = await db.Meetings.Where(m => m.Id == action.MeetingId).Select(m => (DateOnly?)m.Date).SingleOrDefaultAsync(ct);
            if (meetingDate is null)
            {
                context.AddFailure(nameof(action.MeetingId), "The meeting this action was raised at no longer exists.");
                return;
            }

            if (action.DueDate < meetingDate)
            {
                context.AddFailure(nameof(action.DueDate), $"The due date cannot be before the meeting it was raised at ({UkFormat.Date(meetingDate)}).");
            }

            if (action.TargetMeetingId is { } targetId
                && await db.Meetings.Where(m => m.Id == targetId).Select(m => (DateOnly?)m.Date).SingleOrDefaultAsync(ct) is var targetDate
                && (targetDate is null || targetDate <= meetingDate))
            {
                context.AddFailure(nameof(action.TargetMeetingId), "The target meeting must be a later meeting.");
            }

            if (action.AgendaItemId is { } itemId && !await db.AgendaItems.AnyAsync(i => i.Id == itemId && i.MeetingId == action.MeetingId, ct))
            {
                context.AddFailure(nameof(action.AgendaItemId), "That agenda item is not part of this meeting.");
            }

            await CheckOwnersExistAsync(db, action.Owners, context, ct);
        });
    }

    private static async Task CheckOwnersExistAsync(AppDbContext db, List<OwnerChoice> owners, ValidationContext<SaveActionItem> context, CancellationToken ct)
    {
        var personIds = owners.Where(o => o.PersonId is not null).Select(o => o.PersonId!.Value).Distinct().ToList();
        var postIds = owners.Where(o => o.PostId is not null).Select(o => o.PostId!.Value).Distinct().ToList();
        if (personIds.Count > 0 && await db.People.CountAsync(p => personIds.Contains(p.Id), ct) != personIds.Count)
        {
            context.AddFailure(nameof(SaveActionItem.Owners), "One of the owners is not a person on the system.");
        }

        if (postIds.Count > 0 && await db.Posts.CountAsync(p => postIds.Contains(p.Id), ct) != postIds.Count)
        {
            context.AddFailure(nameof(SaveActionItem.Owners), "One of the owners is not a post on the system.");
        }
    }
}
