using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>What one notice says, and where the person acts on it.</summary>
public sealed record NoticeText(NotificationKind Kind, string Subject, string Body, string? Path = null);

/// <summary>
/// Adds notices to the caller's context, never saving: the caller's own SaveChanges writes them in the same transaction as
/// the change they are about, and the background sender mails them afterwards (decision 0022).
/// </summary>
public static class NotificationOutbox
{
    /// <summary>One notice per account about <paramref name="action"/>, an action of this save (one being raised has no id yet).</summary>
    public static void Add(AppDbContext db, IEnumerable<string> userIds, NoticeText notice, DateTime nowUtc, ActionItem action)
    {
        foreach (var userId in userIds.Distinct())
        {
            var notification = New(userId, notice, nowUtc, action.Id == 0 ? null : action.Id, dedupeKey: null);
            // The navigation, not the id, for an action being raised: this same save gives it its id.
            notification.ActionItem = action.Id == 0 ? action : null;
            db.Notifications.Add(notification);
        }
    }

    /// <summary>A notice waiting to be mailed now; <paramref name="dedupeKey"/> names a scheduled reminder so it is made once.</summary>
    public static Notification New(string userId, NoticeText notice, DateTime nowUtc, int? actionItemId, string? dedupeKey) => new()
    {
        UserId = userId,
        Kind = notice.Kind,
        Subject = notice.Subject,
        Body = notice.Body,
        Path = notice.Path,
        ActionItemId = actionItemId,
        DedupeKey = dedupeKey,
        CreatedAtUtc = nowUtc,
        MailStatus = MailStatus.Pending,
        NextAttemptAtUtc = nowUtc,
    };
}
