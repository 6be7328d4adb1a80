using FluentValidation;

namespace ActionTracker.Web.Features.Settings;

/// <summary>The secretariat's settings as edited, with the version that was read (empty while none was ever saved).</summary>
public sealed class SaveSettings
{
    public Guid Version { get; set; }
    public int? DueDays { get; set; }
}

public sealed class SaveSettingsValidator : AbstractValidator<SaveSettings>
{
    public const int MaxDueDays = 365;

    public SaveSettingsValidator()
    {
        RuleFor(s => s.DueDays).NotNull().WithMessage("Enter the number of days.")
            .InclusiveBetween(1, MaxDueDays).WithMessage($"The period must be between 1 and {MaxDueDays} days.");
    }
}
