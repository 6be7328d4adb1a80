using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.ActionItems;

public sealed class ChangeActionStatus
{
    public int ActionItemId { get; set; }
    public Guid Version { get; set; }
    public ActionStatus Status { get; set; }
    public string? Note { get; set; }
}

public sealed class ChangeActionStatusValidator : AbstractValidator<ChangeActionStatus>
{
    public ChangeActionStatusValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(c => c.Status).IsInEnum().WithMessage("Choose a status.");
        RuleFor(c => c.Note).MaximumLength(FieldLimits.LongText).WithMessage($"The note must be {FieldLimits.LongText} characters or fewer.");
        RuleFor(c => c.Note).NotEmpty().When(c => c.Status is ActionStatus.Cancelled)
            .WithMessage("Say why the action is cancelled, e.g. which action supersedes it.");
        RuleFor(c => c).CustomAsync(async (change, context, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var current = await db.ActionItems.Where(a => a.Id == change.ActionItemId).Select(a => (ActionStatus?)a.Status).SingleOrDefaultAsync(ct);
            if (current is null)
            {
                context.AddFailure(nameof(change.ActionItemId), "That action no longer exists.");
            }
            else if (!ActionStatusRules.CanMove(current.Value, change.Status))
            {
                context.AddFailure(nameof(change.Status),
                    $"An action that is '{ActionStatusRules.Name(current.Value)}' cannot be made '{ActionStatusRules.Name(change.Status)}'.");
            }
        });
    }
}
