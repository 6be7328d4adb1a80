namespace ActionTracker.Web.Features.Notifications;

/// <summary>
/// The Smtp:* settings (Smtp__Host and so on in the environment). With no Host, mail is written to
/// <see cref="PickupDirectory"/> instead, so nothing fails for want of a mail server.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "ActionTracker <actiontracker@localhost>";

    /// <summary>TLS from the first byte on port 465, STARTTLS on any other; off only for a local test server.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>Where each mail is written as an .eml file when no Host is set; relative to the working directory.</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";
}

/// <summary>The Notifications:* settings.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The address people open the app at: every mail links to a page under it.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Attempts before a mail is marked failed; the waits between them grow fivefold from a minute (1, 5, 25, 125 min).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a sender's claim on a mail lasts: after a crash, another sender (or this one restarted) takes it over then.</summary>
    public int ClaimSeconds { get; set; } = 120;

    /// <summary>How often the background sender looks for mail when nothing has woken it.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>How often the background sender makes the scheduled reminders (each is made once, however often this runs).</summary>
    public int ScheduleMinutes { get; set; } = 60;

    /// <summary>How many days before a meeting owners are asked for the updates it expects.</summary>
    public int ChaseDaysBefore { get; set; } = 7;

    /// <summary>The weekly digest holds open actions due within this many days, and overdue ones.</summary>
    public int DigestDays { get; set; } = 14;

    /// <summary>Off, the app sends nothing by itself: only `--send-reminders` passes do (tests, or a cron job instead).</summary>
    public bool Background { get; set; } = true;
}
