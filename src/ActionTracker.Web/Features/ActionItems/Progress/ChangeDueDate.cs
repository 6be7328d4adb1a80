using ActionTracker.Web.Data;
using ActionTracker.Web.Infrastructure;
using FluentValidation;

namespace ActionTracker.Web.Features.ActionItems.Progress;

/// <summary>The secretariat or chair moves an action's due date, saying why (at a meeting's review, say).</summary>
public sealed class ChangeDueDate
{
    public int ActionItemId { get; set; }
    public Guid Version { get; set; }
    public DateOnly? NewDueDate { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class ChangeDueDateValidator : AbstractValidator<ChangeDueDate>
{
    public ChangeDueDateValidator(AppClock clock)
    {
        RuleFor(c => c.NewDueDate).NotNull().WithMessage("Choose the new due date.")
            .GreaterThanOrEqualTo(_ => clock.Today).When(c => c.NewDueDate is not null)
            .WithMessage(_ => $"The new due date cannot be in the past (today is {UkFormat.Date(clock.Today)}).");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the due date changes.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The reason must be {FieldLimits.LongText} characters or fewer.");
    }
}
