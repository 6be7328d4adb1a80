using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using FluentValidation;

namespace ActionTracker.Web.Features.Meetings.StartToClose;

/// <summary>An action brought forward to a meeting, with what its review needs: how often deferred, the version read.</summary>
public sealed record BroughtForwardRow(
    int Id, string Reference, string Description, string Owners, string RaisedAt, DateOnly? DueDate, string? DueAt,
    ActionStatus Status, int DeferralCount, Guid Version, bool UpdateNotReceived, int? DaysOverdue)
{
    public bool IsOverdue => DaysOverdue > 0;

    /// <summary>"deferred 2 times", or null for an action never deferred.</summary>
    public string? DeferralText => DeferralCount switch
    {
        0 => null,
        1 => "deferred 1 time",
        _ => $"deferred {DeferralCount} times",
    };
}

/// <summary>A meeting after the one under review, to which an action can be deferred.</summary>
public sealed record LaterMeeting(int Id, string Title, DateOnly Date, string SeriesName);

/// <summary>Closes a brought-forward action at the meeting, saying why (the note goes into its history).</summary>
public sealed class CloseBroughtForward
{
    public int ActionItemId { get; set; }
    public Guid Version { get; set; }
    public string Note { get; set; } = "";
}

public sealed class CloseBroughtForwardValidator : AbstractValidator<CloseBroughtForward>
{
    public CloseBroughtForwardValidator()
    {
        RuleFor(c => c.Note).NotEmpty().WithMessage("Say why the action is closed, e.g. what the meeting heard.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The note must be {FieldLimits.LongText} characters or fewer.");
    }
}
