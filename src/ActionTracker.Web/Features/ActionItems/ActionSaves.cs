using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Notifications;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>The end of every write to an action: save (refusing a stale version), then tell the open pages.</summary>
internal static class ActionSaves
{
    /// <summary>
    /// Saves <paramref name="action"/>'s context and publishes <see cref="ActionChanged"/>; a person's bells hear
    /// <see cref="NotificationsChanged"/> only when this save adds a notice for them (most edits add none, and every open
    /// page has a bell that would otherwise count again on each one).
    /// </summary>
    public static async Task SaveAndPublishAsync(AppDbContext db, ActionItem action, IChangeNotifier notifier, CancellationToken ct)
    {
        var noticed = db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.UserId).ToList();
        await VersionedRows.SaveOrReportConflictAsync(db, "action", ct);
        await notifier.PublishAsync(new ActionChanged(action.MeetingId, action.Id));
        await notifier.TellBellsAsync(noticed);
    }
}
