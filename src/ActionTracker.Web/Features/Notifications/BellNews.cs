using ActionTracker.Web.Features.Live;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>How a save that added notices says so: one <see cref="NotificationsChanged"/> per person noticed.</summary>
public static class BellNews
{
    /// <summary>Tells these people's bells and notifications pages, once each, that their notifications changed (the mail
    /// sender hears it too, through <see cref="LiveTopic.Outbox"/>).</summary>
    public static async Task TellBellsAsync(this IChangeNotifier notifier, IEnumerable<string> userIds)
    {
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
        {
            await notifier.PublishAsync(new NotificationsChanged(userId));
        }
    }
}
