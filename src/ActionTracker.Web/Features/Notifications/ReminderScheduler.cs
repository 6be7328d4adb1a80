using System.Globalization;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Tracker;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>
/// The scheduled reminders, on London dates: overdue notices (weekly while overdue), each owner's digest on their day,
/// and the pre-meeting chase for updates. Each reminder has a key naming what it is about and when, stored unique, so a
/// pass run twice, or on two servers at once, makes each reminder once (decision 0022).
/// </summary>
public sealed class ReminderScheduler(IDbContextFactory<AppDbContext> dbFactory, AppClock clock, IOptions<NotificationOptions> options)
{
    /// <summary>Adds the reminders due today that were not made before; returns the people it added them for.</summary>
    public async Task<IReadOnlyList<string>> EnqueueDueAsync(CancellationToken ct)
    {
        var today = clock.Today;
        List<Notification> planned;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var directory = await OwnerDirectory.LoadAsync(db, today, ct);
            planned = [.. await OverdueAsync(db, directory, today, ct), .. await ChasesAsync(db, directory, today, ct), .. await DigestsAsync(db, directory, today, ct)];
        }

        return await AddOnceAsync(planned, ct);
    }

    private async Task<IEnumerable<Notification>> OverdueAsync(AppDbContext db, OwnerDirectory directory, DateOnly today, CancellationToken ct)
    {
        var overdue = await ChaseableWithOwners(db.ActionItems.Where(a => a.DueOn < today), ct);
        return overdue.SelectMany(a =>
        {
            var days = today.DayNumber - a.DueOn!.Value.DayNumber;
            // Week 0 is the first seven days overdue: one notice a week, the first on the first pass after the due date.
            var week = (days - 1) / 7;
            var notice = new NoticeText(NotificationKind.Overdue, $"Action {a.Reference} is overdue",
                $"{a.Description}\n\nIt was due on {UkFormat.Date(a.DueOn.Value)}, {Days(days)} ago. Report progress, complete it with evidence, or ask for more time.");
            return Plan(directory.AccountsOf(a.Owners), notice, a.Id, user => $"overdue:{a.Id}:{Key(a.DueOn.Value)}:{week}:{user}");
        });
    }

    private async Task<IEnumerable<Notification>> ChasesAsync(AppDbContext db, OwnerDirectory directory, DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(options.Value.ChaseDaysBefore);
        var reviews = (await UpdateNotReceived.ReviewsAwaitingUpdateAsync(db, db.ActionItems, today, ct))
            .Where(r => r.Value > today && r.Value <= horizon).ToDictionary();
        var ids = reviews.Keys.ToList();
        var actions = await ChaseableWithOwners(db.ActionItems.Where(a => ids.Contains(a.Id)), ct);
        return actions.SelectMany(a =>
        {
            var review = reviews[a.Id];
            var notice = new NoticeText(NotificationKind.UpdateRequested, $"Update needed on action {a.Reference} before the meeting on {UkFormat.Date(review)}",
                $"{a.Description}\n\nThe meeting on {UkFormat.Date(review)} will review this action, and there has been no update on it since the last meeting. " +
                "Please add an update, or ask for more time, before then.");
            return Plan(directory.AccountsOf(a.Owners), notice, a.Id, user => $"chase:{a.Id}:{Key(review)}:{user}");
        });
    }

    private async Task<IEnumerable<Notification>> DigestsAsync(AppDbContext db, OwnerDirectory directory, DateOnly today, CancellationToken ct)
    {
        var digestDays = await db.NotificationSettings.ToDictionaryAsync(s => s.UserId, s => s.DigestDay, ct);
        var horizon = today.AddDays(options.Value.DigestDays);
        var digests = new List<Notification>();
        foreach (var person in directory.PeopleWithAccounts)
        {
            var accounts = person.Where(user => digestDays.GetValueOrDefault(user, DayOfWeek.Monday) == today.DayOfWeek).ToList();
            if (accounts.Count == 0)
            {
                continue;
            }

            var posts = directory.PostsHeldBy(person.Key);
            var owned = await db.ActionItems.AsNoTracking()
                .Where(a => ActionStatusRules.Chaseable.Contains(a.Status) && a.DueOn <= horizon
                    && a.Owners.Any(o => o.PersonId == person.Key || (o.PostId != null && posts.Contains(o.PostId.Value))))
                .OrderBy(a => a.DueOn).ThenBy(a => a.Id).Select(a => new { a.Reference, a.Description, DueOn = a.DueOn!.Value }).ToListAsync(ct);
            if (owned.Count == 0)
            {
                continue;
            }

            var lines = owned.Select(a => $"- {a.Reference}, due {UkFormat.Date(a.DueOn)}{(a.DueOn < today ? " (overdue)" : "")}: {Shorten(a.Description)}");
            var notice = new NoticeText(NotificationKind.Digest, $"Your actions this week: {owned.Count} due or overdue",
                $"Your open actions that are overdue or due by {UkFormat.Date(horizon)}:\n\n{string.Join('\n', lines)}", "/my-actions");
            digests.AddRange(Plan(accounts, notice, null, user => $"digest:{user}:{Key(today)}"));
        }

        return digests;
    }

    private static async Task<List<ActionWithOwners>> ChaseableWithOwners(IQueryable<ActionItem> actions, CancellationToken ct) =>
        await actions.AsNoTracking().Where(a => ActionStatusRules.Chaseable.Contains(a.Status)).OrderBy(a => a.Id)
            .Select(a => new ActionWithOwners(a.Id, a.Reference, a.Description, a.DueOn,
                a.Owners.Select(o => new OwnerChoice(o.PersonId, o.PostId, o.BodyName)).ToList()))
            .ToListAsync(ct);

    private IEnumerable<Notification> Plan(IEnumerable<string> users, NoticeText notice, int? actionItemId, Func<string, string> key) =>
        users.Select(user => NotificationOutbox.New(user, notice, clock.UtcNow, actionItemId, key(user)));

    /// <summary>
    /// Saves the reminders whose keys are new. Should another server save some of the same keys first, the unique index
    /// refuses this save whole; the next try leaves those out.
    /// </summary>
    private async Task<IReadOnlyList<string>> AddOnceAsync(List<Notification> planned, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var keys = planned.Select(n => n.DedupeKey!).ToList();
            var made = (await db.Notifications.Where(n => n.DedupeKey != null && keys.Contains(n.DedupeKey)).Select(n => n.DedupeKey!).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            var fresh = planned.Where(n => !made.Contains(n.DedupeKey!)).Select(Copy).ToList();
            db.Notifications.AddRange(fresh);
            try
            {
                await db.SaveChangesAsync(ct);
                return [.. fresh.Select(n => n.UserId).Distinct(StringComparer.Ordinal)];
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another pass saved some of these keys since the check: check again.
            }
        }
    }

    // A fresh entity for each try: one a failed save tracked cannot be added to the next context as new.
    private static Notification Copy(Notification n) => NotificationOutbox.New(n.UserId, new NoticeText(n.Kind, n.Subject, n.Body, n.Path),
        n.CreatedAtUtc, n.ActionItemId, n.DedupeKey);

    private static string Key(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..139] + "…";

    private sealed record ActionWithOwners(int Id, string Reference, string Description, DateOnly? DueOn, List<OwnerChoice> Owners);
}
