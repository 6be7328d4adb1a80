namespace ActionTracker.Web.Data.Entities;

/// <summary>What a notification is about; each person chooses which of these also come by e-mail.</summary>
public enum NotificationKind
{
    Assigned,
    Overdue,
    Digest,
    UpdateRequested,
    AwaitingSignOff,
    ExtensionRequested,
    Decided,
}

/// <summary>Where a notification's e-mail is: waiting, claimed by one sender, sent, not wanted (skipped) or failed for good.</summary>
public enum MailStatus
{
    Pending,
    Sending,
    Sent,
    Skipped,
    Failed,
}

/// <summary>
/// One notification to one account: a row of the in-app list and, at the same time, the outbox entry of its e-mail. It is
/// written in the same transaction as the change that causes it, so a change is never saved without its notice nor a
/// notice sent for a change that was rolled back (decision 0022).
/// </summary>
public class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public NotificationKind Kind { get; set; }
    public required string Subject { get; set; }

    /// <summary>Plain text: whatever people typed is never read as markup, in the mail or on the page.</summary>
    public required string Body { get; set; }

    /// <summary>The page where the person acts, when it is not the action's own page (the digest: "My actions").</summary>
    public string? Path { get; set; }
    public int? ActionItemId { get; set; }
    public ActionItem? ActionItem { get; set; }

    /// <summary>Names a scheduled reminder ("overdue:12:user:3"): unique, so a pass run twice (or on two servers) adds it once.</summary>
    public string? DedupeKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }

    public MailStatus MailStatus { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }

    /// <summary>The sender that claimed the mail, and until when: another sender may take it over only once the claim lapses.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }

    /// <summary>Why the last attempt failed, in the mail server's words.</summary>
    public string? LastError { get; set; }

    /// <summary>Where the person acts: the action's page unless <see cref="Path"/> says otherwise.</summary>
    public string Link => LinkFor(Path, ActionItemId);

    public static string LinkFor(string? path, int? actionItemId) => path ?? $"/actions/{actionItemId}";
}
