using ActionTracker.Web.Features.Live;

namespace ActionTracker.Web.Features.Notifications;

public static class BellNews
{
    /// <summary>Tells these people's bells and notifications pages, once each, that their notifications changed.</summary>
    public static async Task TellBellsAsync(this IChangeNotifier notifier, IEnumerable<string> userIds)
    {
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
        {
            await notifier.PublishAsync(new NotificationsChanged(userId));
        }
    }
}
