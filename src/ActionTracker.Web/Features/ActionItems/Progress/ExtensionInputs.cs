using ActionTracker.Web.Data;
using ActionTracker.Web.Infrastructure;
using FluentValidation;

namespace ActionTracker.Web.Features.ActionItems.Progress;

/// <summary>An owner asks for more time. Nothing moves until the secretariat or chair approves.</summary>
public sealed class RequestExtension
{
    public int ActionItemId { get; set; }
    public DateOnly? NewDueDate { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class DecideExtension
{
    public int RequestId { get; set; }
    public Guid Version { get; set; }
    public bool Approve { get; set; }
    public string? Note { get; set; }
}

/// <summary>Defers an action to a later meeting, where it will be brought forward.</summary>
public sealed class DeferAction
{
    public int ActionItemId { get; set; }
    public Guid Version { get; set; }
    public int? TargetMeetingId { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class RequestExtensionValidator : AbstractValidator<RequestExtension>
{
    public RequestExtensionValidator(AppClock clock)
    {
        RuleFor(r => r.NewDueDate).NotNull().WithMessage("Choose the new due date you are asking for.")
            .GreaterThanOrEqualTo(_ => clock.Today).When(r => r.NewDueDate is not null)
            .WithMessage(_ => $"The new due date cannot be in the past (today is {UkFormat.Date(clock.Today)}).");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why more time is needed.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The reason must be {FieldLimits.LongText} characters or fewer.");
    }
}

public sealed class DecideExtensionValidator : AbstractValidator<DecideExtension>
{
    public DecideExtensionValidator()
    {
        RuleFor(d => d.Note).NotEmpty().When(d => !d.Approve).WithMessage("Say why the extension is declined, for the owner.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The note must be {FieldLimits.LongText} characters or fewer.");
    }
}

public sealed class DeferActionValidator : AbstractValidator<DeferAction>
{
    public DeferActionValidator()
    {
        RuleFor(d => d.TargetMeetingId).NotNull().WithMessage("Choose the meeting the action is deferred to.");
        RuleFor(d => d.Reason).NotEmpty().WithMessage("Say why the action is deferred.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The reason must be {FieldLimits.LongText} characters or fewer.");
    }
}
