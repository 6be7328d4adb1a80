using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;
using ActionTracker.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>
/// The scheduled reminders (overdue notices, digests, the pre-meeting chase) on London dates, and the pass that makes and
/// sends them: run again, it sends nothing new.
/// </summary>
public sealed class ReminderPassTests : NotificationTest
{
    [Fact]
    public async Task RunAsync_TwiceInARow_SecondPassSendsNothing()
    {
        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), due: new DateOnly(2025, 1, 6));

        var first = await RunPassAsync();
        var second = await RunPassAsync();

        Assert.Equal("reminders sent=2 skipped=0 failed=0", first); // assigned, then overdue
        Assert.Equal("reminders sent=0 skipped=0 failed=0", second);
        Assert.Equal(2, Smtp.Received.Count);
    }

    [Fact]
    public async Task RunAsync_TellsOnlyTheRemindedPeoplesBells_OnceEach()
    {
        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), due: new DateOnly(2025, 1, 6));
        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), due: new DateOnly(2025, 1, 7));
        await RaiseForAsync(OwnerChoice.Post(Seed.ChiefConstablePostId), due: new DateOnly(2025, 1, 6));
        var before = Db.Notifier.Published.Count;

        await RunPassAsync(); // three overdue notices: two for the officer, one for the acting CC

        var holderUserId = (await NotificationsAsync()).First(n => n.User!.Email == HolderEmail).UserId;
        var told = Db.Notifier.Published.Skip(before).OfType<NotificationsChanged>().Select(c => c.UserId).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { OfficerUserId, holderUserId }.Order(StringComparer.Ordinal), told);
    }

    [Fact]
    public async Task RunAsync_Overdue_NoticeOnTheFirstPassThenWeeklyWhileOverdue()
    {
        var id = await RaiseForAsync(OwnerChoice.Post(Seed.ChiefConstablePostId), due: new DateOnly(2025, 1, 6));
        var reference = ActionReference.For(Seed.MeetingId, 1);

        await RunPassAsync();                                  // 10 January: 4 days overdue
        SetLondonTime(new DateTimeOffset(2025, 1, 13, 9, 0, 0, TimeSpan.Zero));
        await RunPassAsync();                                  // 7 days: still the first week
        SetLondonTime(new DateTimeOffset(2025, 1, 14, 9, 0, 0, TimeSpan.Zero));
        await RunPassAsync();                                  // 8 days: the second week

        var overdue = Mails().Where(m => m.Subject == $"Action {reference} is overdue").ToList();
        Assert.Equal([HolderEmail, HolderEmail], overdue.Select(m => m.To));
        Assert.Contains($"It was due on 6 January 2025, 8 days ago.", Smtp.Received[^1].TextBody, StringComparison.Ordinal);
        Assert.Contains($"{NotificationTest.BaseUrl}/actions/{id}", Smtp.Received[^1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CompletedAction_NoOverdueNotice()
    {
        var id = await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), due: new DateOnly(2025, 1, 6));
        await Progress(Officer(Seed.OfficerId)).CompleteAsync(new CompleteAction
        {
            ActionItemId = id, Version = (await ReadActionAsync(id)).Action.Version, Evidence = "Done.",
        });

        await RunPassAsync();

        Assert.DoesNotContain(Mails(), m => m.Subject.EndsWith("is overdue", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-03-30T22:59:00Z", "2025-03-30", false)] // 23:59 BST on 30 March: still the due day in London
    [InlineData("2025-03-30T23:00:00Z", "2025-03-30", true)]  // 00:00 BST on 31 March, though still 30 March in UTC
    [InlineData("2025-10-26T23:59:00Z", "2025-10-26", false)] // the clocks went back that morning: 23:59 GMT, the due day
    [InlineData("2025-10-27T00:00:00Z", "2025-10-26", true)]  // 00:00 GMT on 27 October
    public async Task RunAsync_AroundTheClockChanges_OverdueFromMidnightInLondon(string utc, string due, bool overdue)
    {
        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
        SetLondonTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        await RunPassAsync();

        Assert.Equal(overdue, Mails().Any(m => m.Subject.EndsWith("is overdue", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_SevenDaysBeforeTheReview_OwnersWithoutAnUpdateAreAsked()
    {
        // Due back at the meeting of 20 January 2025 (no due date of its own); no update since the meeting of 16 December.
        var updated = await RaiseAsync(a => (a.Owners, a.DueDate, a.TargetMeetingId) = ([OwnerChoice.Person(Seed.OfficerId)], null, Seed.NextMeetingId));
        await RaiseAsync(a => (a.Owners, a.DueDate, a.TargetMeetingId) = ([OwnerChoice.Post(Seed.ChiefConstablePostId)], null, Seed.NextMeetingId));
        await Progress(Officer(Seed.OfficerId)).AddUpdateAsync(new AddProgressUpdate { ActionItemId = updated, Text = "Figures being gathered." });

        SetLondonTime(new DateTimeOffset(2025, 1, 12, 12, 0, 0, TimeSpan.Zero));
        await RunPassAsync();
        var beforeWindow = Mails().Count(m => m.Subject.StartsWith("Update needed", StringComparison.Ordinal));
        SetLondonTime(new DateTimeOffset(2025, 1, 13, 0, 30, 0, TimeSpan.Zero));
        await RunPassAsync();
        await RunPassAsync();

        Assert.Equal(0, beforeWindow);
        var chase = Assert.Single(Mails(), m => m.Subject.StartsWith("Update needed", StringComparison.Ordinal));
        Assert.Equal((HolderEmail, $"Update needed on action {ActionReference.For(Seed.MeetingId, 2)} before the meeting on 20 January 2025"), chase);
    }

    [Fact]
    public async Task RunAsync_DigestDay_OneDigestOfOpenActionsDueWithinTwoWeeksAndOverdue()
    {
        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), due: new DateOnly(2025, 1, 8));  // overdue by Monday 13th
        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), due: new DateOnly(2025, 1, 24)); // within 14 days
        await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), due: new DateOnly(2025, 3, 31)); // later: not in it
        await using (var db = Db.NewContext())
        {
            db.NotificationSettings.Add(new NotificationSettings { UserId = OfficerUserId, DigestDay = DayOfWeek.Monday, MutedKinds = [NotificationKind.Overdue] });
            await db.SaveChangesAsync();
        }

        // 23:30 UTC on Sunday 12 January is already Monday in London only in summer; in January it is still Sunday.
        SetLondonTime(new DateTimeOffset(2025, 1, 12, 23, 30, 0, TimeSpan.Zero));
        await RunPassAsync();
        var onSunday = Mails().Count(m => m.Subject.StartsWith("Your actions", StringComparison.Ordinal));
        SetLondonTime(new DateTimeOffset(2025, 1, 13, 7, 0, 0, TimeSpan.Zero));
        await RunPassAsync();
        var again = await RunPassAsync();

        Assert.Equal(0, onSunday);
        Assert.Equal("reminders sent=0 skipped=0 failed=0", again);
        var digest = Assert.Single(Smtp.Received, m => m.Subject?.StartsWith("Your actions", StringComparison.Ordinal) == true);
        Assert.Equal("Your actions this week: 2 due or overdue", digest.Subject);
        Assert.Contains("due 8 January 2025 (overdue)", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("31 March 2025", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{NotificationTest.BaseUrl}/my-actions", digest.TextBody, StringComparison.Ordinal);
        await using var check = Db.NewContext();
        Assert.All(await check.Notifications.Where(n => n.Kind == NotificationKind.Overdue).ToListAsync(), n => Assert.Equal(MailStatus.Skipped, n.MailStatus));
    }
}
