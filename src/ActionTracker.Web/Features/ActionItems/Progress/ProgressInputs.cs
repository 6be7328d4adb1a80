using ActionTracker.Web.Data;
using FluentValidation;

namespace ActionTracker.Web.Features.ActionItems.Progress;

/// <summary>An owner's progress update: free text, appended to the action's history.</summary>
public sealed class AddProgressUpdate
{
    public int ActionItemId { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>An owner says the action is done and shows how: it then awaits the secretariat's sign-off.</summary>
public sealed class CompleteAction
{
    public int ActionItemId { get; set; }
    public Guid Version { get; set; }
    public string Evidence { get; set; } = "";
    public string? Link { get; set; }
}

/// <summary>The secretariat or chair closes an action that awaits sign-off.</summary>
public sealed class SignOffAction
{
    public int ActionItemId { get; set; }
    public Guid Version { get; set; }
    public string? Note { get; set; }
}

public sealed class AddProgressUpdateValidator : AbstractValidator<AddProgressUpdate>
{
    public AddProgressUpdateValidator()
    {
        RuleFor(u => u.Text).NotEmpty().WithMessage("Write the update: what has been done since the last one.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"An update must be {FieldLimits.LongText} characters or fewer; attach longer reports as a link.");
    }
}

public sealed class CompleteActionValidator : AbstractValidator<CompleteAction>
{
    public CompleteActionValidator()
    {
        RuleFor(c => c.Evidence).NotEmpty().WithMessage("Say what was done, so the secretariat can sign the action off.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The evidence must be {FieldLimits.LongText} characters or fewer.");
        RuleFor(c => c.Link).MaximumLength(FieldLimits.Link).WithMessage($"The link must be {FieldLimits.Link} characters or fewer.")
            .Must(BeAWebAddress!).When(c => !string.IsNullOrWhiteSpace(c.Link))
            .WithMessage("The link must be a web address starting with https:// or http://.");
    }

    // Only web links: a javascript: or file: address must never be stored and shown as a link.
    private static bool BeAWebAddress(string link) =>
        Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

public sealed class SignOffActionValidator : AbstractValidator<SignOffAction>
{
    public SignOffActionValidator()
    {
        RuleFor(s => s.Note).MaximumLength(FieldLimits.LongText).WithMessage($"The note must be {FieldLimits.LongText} characters or fewer.");
    }
}
