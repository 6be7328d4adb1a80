using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Notifications;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>The sender running in the app: it mails a new notice straight away, woken by the save's NotificationsChanged.</summary>
public sealed class NotificationBackgroundServiceTests : NotificationTest
{
    [Fact]
    public async Task NewNotice_MailedStraightAway_WokenByNotificationsChanged_NotByEveryActionEdit()
    {
        Options.PollSeconds = 3600; // so only a wake-up sends within the test
        var live = new InProcessChangeNotifier(new SharedReads(), NullLogger<InProcessChangeNotifier>.Instance);
        var pass = new ReminderPass(new ReminderScheduler(Db.Factory, Clock, MsOptions.Create(Options)), Sender(), live);
        using var service = new NotificationBackgroundService(pass, live, Clock, MsOptions.Create(Options), NullLogger<NotificationBackgroundService>.Instance);
        await AddNoticeAsync("Sent on starting");
        await service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => Task.FromResult(Mails().Any(m => m.Subject == "Sent on starting")));
        await Task.Delay(500); // the rest of that first pass

        await AddNoticeAsync("Wake test");

        await live.PublishAsync(new ActionChanged(Seed.MeetingId, 1)); // an edit that added no notice
        await Task.Delay(1000);
        Assert.DoesNotContain(Mails(), m => m.Subject == "Wake test");

        await live.PublishAsync(new NotificationsChanged(OfficerUserId));
        await WaitUntilAsync(() => Task.FromResult(Mails().Any(m => m.Subject == "Wake test")));

        Assert.Equal((OfficerEmail, "Wake test"), Mails().Single(m => m.Subject == "Wake test"));
        await service.StopAsync(CancellationToken.None);
    }

    private async Task AddNoticeAsync(string subject)
    {
        await using var db = Db.NewContext();
        db.Notifications.Add(NotificationOutbox.New(OfficerUserId, new NoticeText(NotificationKind.Assigned, subject, "Body", "/my-actions"), Clock.UtcNow, null, null));
        await db.SaveChangesAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; !await condition(); waited += 50)
        {
            Assert.True(waited < 10_000, "Waited 10 s.");
            await Task.Delay(50);
        }
    }
}
