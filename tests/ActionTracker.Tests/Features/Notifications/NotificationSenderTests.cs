using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>The outbox's sender against a real SMTP server: refusals, a crash mid-send, and each person's choices.</summary>
public sealed class NotificationSenderTests : NotificationTest
{
    [Fact]
    public async Task SendDueAsync_Refused_RecordedAndRetriedWithGrowingWaitsThenFailedWithTheServersReply()
    {
        Smtp.RefusedAddresses.Add(OfficerEmail);
        var id = await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId));

        Assert.Equal("reminders sent=0 skipped=0 failed=1", await RunPassAsync());
        Assert.Equal("reminders sent=0 skipped=0 failed=0", await RunPassAsync()); // not yet due again: waits a minute
        var afterFirst = Assert.Single(await NotificationsAsync());
        Assert.Equal((MailStatus.Pending, 1, Db.Time.UtcNow.UtcDateTime.AddMinutes(1)), (afterFirst.MailStatus, afterFirst.Attempts, afterFirst.NextAttemptAtUtc));
        foreach (var wait in new[] { 1, 5, 25, 125 })
        {
            Db.Time.UtcNow = Db.Time.UtcNow.AddMinutes(wait);
            await RunPassAsync();
        }

        var failed = Assert.Single(await NotificationsAsync());
        Assert.Equal((MailStatus.Failed, Options.MaxAttempts), (failed.MailStatus, failed.Attempts));
        Assert.StartsWith("550 ", failed.LastError, StringComparison.Ordinal);
        Assert.Empty(Smtp.Received);
        Assert.NotNull(await ReadActionAsync(id)); // the change that caused it stands
    }

    [Fact]
    public async Task SendDueAsync_CrashMidSend_RestartedSenderSendsTheRestOnceEach()
    {
        for (var i = 0; i < 3; i++)
        {
            await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId));
        }

        Smtp.HoldSubject = ActionReference.For(Seed.MeetingId, 2);
        using var crash = new CancellationTokenSource();
        var crashed = Sender().SendDueAsync(crash.Token);
        await Smtp.Holding.WaitAsync(TimeSpan.FromSeconds(30));
        await crash.CancelAsync(); // the process dies while the server holds the second mail
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crashed);
        Smtp.ReleaseHeldMail();

        var restarted = Sender();
        var beforeClaimLapses = await restarted.SendDueAsync(CancellationToken.None);
        Db.Time.UtcNow = Db.Time.UtcNow.AddSeconds(Options.ClaimSeconds + 1);
        var afterClaimLapses = await restarted.SendDueAsync(CancellationToken.None);
        var again = await restarted.SendDueAsync(CancellationToken.None);

        Assert.Equal((1, 1, 0), (beforeClaimLapses.Sent, afterClaimLapses.Sent, again.Sent)); // the third, then the second
        Assert.Equal(
            [1, 3, 2],
            Smtp.Received.Select(m => int.Parse(m.Subject!.Split('-')[^1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(await NotificationsAsync(), n => Assert.Equal(MailStatus.Sent, n.MailStatus));
    }

    [Fact]
    public async Task SendDueAsync_PersonChoseNotToBeMailed_SkippedButStillInTheApp()
    {
        await using (var db = Db.NewContext())
        {
            db.NotificationSettings.Add(new NotificationSettings { UserId = OfficerUserId, MutedKinds = [NotificationKind.Assigned] });
            await db.SaveChangesAsync();
        }

        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId));

        Assert.Equal("reminders sent=0 skipped=1 failed=0", await RunPassAsync());
        Assert.Empty(Smtp.Received);
        await using var check = Db.NewContext();
        Assert.Equal(MailStatus.Skipped, (await check.Notifications.SingleAsync()).MailStatus);
    }
}
