using System.Security.Claims;
using System.Security.Cryptography;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Calendar;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Notifications;

public sealed record NotificationRow(long Id, NotificationKind Kind, string Subject, string Body, string Link, DateTime CreatedAtUtc, bool IsRead, MailStatus MailStatus);

public sealed record NotificationSettingsView(IReadOnlySet<NotificationKind> MailedKinds, DayOfWeek DigestDay, bool HasCalendarFeed, Guid? Version);

/// <summary>The signed-in person's notifications and choices. Each person sees and changes only their own.</summary>
public sealed class NotificationService(
    IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, AppClock clock, IChangeNotifier notifier, IValidator<SaveNotificationSettings> validator)
{
    public const int ListLength = 100;

    /// <summary>What the signed-in person's bell and notifications page follow: their own notifications only.</summary>
    public async Task<LiveTopic> LiveTopicAsync() => LiveTopic.Notifications(await UserIdAsync());

    public async Task<int> CountUnreadAsync(CancellationToken ct = default)
    {
        var userId = await UserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, ct);
    }

    public async Task<IReadOnlyList<NotificationRow>> ListAsync(CancellationToken ct = default)
    {
        var userId = await UserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(ListLength)
            .Select(n => new { n.Id, n.Kind, n.Subject, n.Body, n.Path, n.ActionItemId, n.CreatedAtUtc, n.ReadAtUtc, n.MailStatus }).ToListAsync(ct);
        return rows.Select(n => new NotificationRow(n.Id, n.Kind, n.Subject, n.Body, Notification.LinkFor(n.Path, n.ActionItemId), n.CreatedAtUtc,
            n.ReadAtUtc is not null, n.MailStatus)).ToList();
    }

    /// <summary>Marks one notification read, or all of them when <paramref name="id"/> is null; the person's other tabs hear of it.</summary>
    public async Task MarkReadAsync(long? id, CancellationToken ct = default)
    {
        var userId = await UserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        await notifier.PublishAsync(new NotificationsChanged(userId));
    }

    public async Task<NotificationSettingsView> GetSettingsAsync(CancellationToken ct = default)
    {
        var userId = await UserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.NotificationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        return settings is null
            ? new NotificationSettingsView(Enum.GetValues<NotificationKind>().ToHashSet(), DayOfWeek.Monday, false, null)
            : new NotificationSettingsView(Enum.GetValues<NotificationKind>().Except(settings.MutedKinds).ToHashSet(), settings.DigestDay,
                settings.CalendarTokenHash is not null, settings.Version);
    }

    public async Task SaveSettingsAsync(SaveNotificationSettings input, CancellationToken ct = default)
    {
        var userId = await UserIdAsync();
        await validator.ValidateAndThrowAsync(input, ct);
        await ChangeSettingsAsync(userId, input.Version, settings =>
        {
            settings.MutedKinds = [.. Enum.GetValues<NotificationKind>().Except(input.MailedKinds)];
            settings.DigestDay = input.DigestDay;
        }, ct);
    }

    /// <summary>A new secret for the person's calendar feed; the old address stops working. Returns the token, shown once.</summary>
    public async Task<string> RegenerateCalendarTokenAsync(CancellationToken ct = default)
    {
        var userId = await UserIdAsync();
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        await ChangeSettingsAsync(userId, null, settings => settings.CalendarTokenHash = CalendarToken.Hash(token), ct);
        return token;
    }

    public async Task RevokeCalendarTokenAsync(CancellationToken ct = default)
    {
        var userId = await UserIdAsync();
        await ChangeSettingsAsync(userId, null, settings => settings.CalendarTokenHash = null, ct);
    }

    // The version is checked when the form gives one: a choice made in another tab meanwhile is never silently overwritten.
    private async Task ChangeSettingsAsync(string userId, Guid? version, Action<NotificationSettings> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (settings is null)
        {
            settings = db.NotificationSettings.Add(new NotificationSettings { UserId = userId }).Entity;
        }
        else if (version is { } read && settings.Version != read)
        {
            throw new ConcurrencyConflictException("Your notification settings were changed in another window. Reload to see them, then make your change again.");
        }

        change(settings);
        await VersionedRows.SaveOrReportConflictAsync(db, "notification settings", ct);
    }

    private async Task<string> UserIdAsync() =>
        (await currentUser.GetPrincipalAsync()).FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new PermissionDeniedException("Sign in to see your notifications.");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
