using ActionTracker.Web.Data.Entities;
using FluentValidation;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>A person's mail choices as the settings form edits them; <see cref="Version"/> is the row's version when read.</summary>
public sealed class SaveNotificationSettings
{
    public HashSet<NotificationKind> MailedKinds { get; set; } = [.. Enum.GetValues<NotificationKind>()];
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;
    public Guid? Version { get; set; }
}

public sealed class SaveNotificationSettingsValidator : AbstractValidator<SaveNotificationSettings>
{
    public SaveNotificationSettingsValidator()
    {
        RuleFor(s => s.DigestDay).IsInEnum().WithMessage("Choose a day of the week for the digest.");
        RuleForEach(s => s.MailedKinds).IsInEnum().WithMessage("Choose only e-mails from the list.");
    }
}

/// <summary>What each kind of notice is called on the settings page.</summary>
public static class NotificationKindText
{
    public static string Describe(NotificationKind kind) => kind switch
    {
        NotificationKind.Assigned => "An action is assigned to me",
        NotificationKind.Overdue => "An action of mine is overdue (weekly while it stays overdue)",
        NotificationKind.Digest => "A weekly digest of my actions due in the next two weeks, and overdue",
        NotificationKind.UpdateRequested => "An update is wanted before a meeting",
        NotificationKind.AwaitingSignOff => "An action awaits sign-off (secretariat)",
        NotificationKind.ExtensionRequested => "More time is asked for on an action (secretariat)",
        NotificationKind.Decided => "My action is signed off, reopened, or its extension decided",
        _ => kind.ToString(),
    };
}
