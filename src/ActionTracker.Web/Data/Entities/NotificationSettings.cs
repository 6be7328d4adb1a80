namespace ActionTracker.Web.Data.Entities;

/// <summary>An account's choices: which notifications also come by e-mail, the digest's day, and its calendar feed's token.</summary>
public class NotificationSettings : IVersioned
{
    /// <summary>The account's id: one row per account, made on its first change (until then the defaults apply).</summary>
    public required string UserId { get; set; }
    public AppUser? User { get; set; }

    /// <summary>The kinds the person does not want by e-mail; they still appear in the app.</summary>
    public List<NotificationKind> MutedKinds { get; set; } = [];
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>SHA-256 of the calendar feed's secret token: the token itself is shown once and never stored.</summary>
    public string? CalendarTokenHash { get; set; }
    public Guid Version { get; set; }
}
