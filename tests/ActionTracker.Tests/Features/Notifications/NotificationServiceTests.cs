using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Notifications;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>A person's own notifications (the bell's count, the list, marking read) and their e-mail choices.</summary>
public sealed class NotificationServiceTests : NotificationTest
{
    [Fact]
    public async Task CountUnreadAsync_NoticesForThisPersonOnly_UntilRead()
    {
        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId));
        await RaiseForAsync(OwnerChoice.Post(Seed.ChiefConstablePostId)); // the acting CC's
        var notifications = OfficersNotifications();

        Assert.Equal(1, await notifications.CountUnreadAsync());
        var row = Assert.Single(await notifications.ListAsync());
        Assert.Equal($"/actions/{row.Link.Split('/')[^1]}", row.Link);

        await notifications.MarkReadAsync(row.Id);

        Assert.Equal(0, await notifications.CountUnreadAsync());
        Assert.True((await notifications.ListAsync())[0].IsRead);
        Assert.Contains(new NotificationsChanged(OfficerUserId), Db.Notifier.Published); // the officer's other tabs
        Assert.Equal(LiveTopic.Notifications(OfficerUserId), await notifications.LiveTopicAsync());
    }

    [Fact]
    public async Task ActionSaves_BellsHearOnlyTheSavesThatAddANotice()
    {
        await RaiseForAsync(OwnerChoice.Body("Force and PCC leads")); // no account: no notice
        Assert.DoesNotContain(Db.Notifier.Published, c => c is NotificationsChanged);
        Assert.Contains(Db.Notifier.Published, c => c is ActionChanged);

        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId));

        Assert.Equal(new NotificationsChanged(OfficerUserId), Assert.Single(Db.Notifier.Published, c => c is NotificationsChanged)); // only the owner's bells
        Assert.Equal(1, await OfficersNotifications().CountUnreadAsync());
    }

    [Fact]
    public async Task SaveSettingsAsync_ChoicesAndDigestDay_ReadBack()
    {
        var notifications = OfficersNotifications();
        var settings = await notifications.GetSettingsAsync();
        Assert.Equal(Enum.GetValues<NotificationKind>().Length, settings.MailedKinds.Count);

        await notifications.SaveSettingsAsync(new SaveNotificationSettings { MailedKinds = [NotificationKind.Assigned], DigestDay = DayOfWeek.Thursday });

        var saved = await notifications.GetSettingsAsync();
        Assert.Equal([NotificationKind.Assigned], saved.MailedKinds);
        Assert.Equal(DayOfWeek.Thursday, saved.DigestDay);
    }

    [Fact]
    public async Task SaveSettingsAsync_StaleVersion_RefusedNothingSaved()
    {
        var notifications = OfficersNotifications();
        await notifications.SaveSettingsAsync(new SaveNotificationSettings { DigestDay = DayOfWeek.Friday });
        var read = (await notifications.GetSettingsAsync()).Version;
        await notifications.SaveSettingsAsync(new SaveNotificationSettings { DigestDay = DayOfWeek.Tuesday, Version = read });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            notifications.SaveSettingsAsync(new SaveNotificationSettings { DigestDay = DayOfWeek.Wednesday, Version = read }));

        Assert.Equal(DayOfWeek.Tuesday, (await notifications.GetSettingsAsync()).DigestDay);
    }

    [Fact]
    public async Task SaveSettingsAsync_NotADay_Refused()
    {
        await AssertRejectedAsync(() => OfficersNotifications().SaveSettingsAsync(new SaveNotificationSettings { DigestDay = (DayOfWeek)9 }),
            "Choose a day of the week for the digest.");
    }

    [Fact]
    public async Task CountUnreadAsync_SignedOut_Refused()
    {
        var anonymous = new NotificationService(Db.Factory, Db.CurrentUser(Caller.Anonymous), Clock, Db.Notifier, new SaveNotificationSettingsValidator());

        await Assert.ThrowsAsync<PermissionDeniedException>(() => anonymous.CountUnreadAsync());
    }
}
