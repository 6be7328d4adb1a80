using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using FluentValidation;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>The chair's assurance verdict on a meeting: assured, partially assured or not assured, with reasons.</summary>
public sealed class GiveVerdict
{
    public int MeetingId { get; set; }
    public Guid Version { get; set; }
    public AssuranceVerdict? Verdict { get; set; }
    public string? Note { get; set; }
}

public sealed class GiveVerdictValidator : AbstractValidator<GiveVerdict>
{
    public GiveVerdictValidator()
    {
        RuleFor(v => v.Verdict).NotNull().WithMessage("Choose assured, partially assured or not assured.")
            .IsInEnum().WithMessage("Choose assured, partially assured or not assured.");
        RuleFor(v => v.Note).NotEmpty().When(v => v.Verdict is AssuranceVerdict.PartiallyAssured or AssuranceVerdict.NotAssured)
            .WithMessage("Say what the force still needs to show, so it can be followed up.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The reasons must be {FieldLimits.LongText} characters or fewer.");
    }
}
