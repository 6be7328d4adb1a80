using ActionTracker.Web.Data;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Notifications;
using ActionTracker.Web.Infrastructure;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using IcalCalendar = Ical.Net.Calendar;

namespace ActionTracker.Web.Features.Calendar;

/// <summary>
/// iCalendar files: a person's feed (the meetings they attend, chair or minute, and the due dates of the open actions they
/// own, as all-day events) and one meeting's .ics. Meeting times are London clock times with their time zone, so a
/// calendar shows them right on either side of a clock change.
/// </summary>
public sealed class CalendarService(IDbContextFactory<AppDbContext> dbFactory, AppClock clock, IOptions<NotificationOptions> options)
{
    private const string TimeZone = "Europe/London";
    private const string DefaultMeetingLength = "2 hours";

    /// <summary>The feed for <paramref name="token"/>, or null when no account has that token (a wrong or revoked one).</summary>
    public async Task<string?> FeedAsync(string token, CancellationToken ct = default)
    {
        var hash = CalendarToken.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owner = await db.NotificationSettings.Where(s => s.CalendarTokenHash == hash).Select(s => new { s.User!.PersonId }).SingleOrDefaultAsync(ct);
        if (owner is null)
        {
            return null;
        }

        var calendar = NewCalendar();
        if (owner.PersonId is { } personId)
        {
            var meetingIds = await db.Meetings.Where(m => m.ChairId == personId || m.MinuteTakerId == personId
                || m.Attendances.Any(a => a.PersonId == personId)).Select(m => m.Id).ToListAsync(ct);
            await AddMeetingsAsync(db, calendar, meetingIds, ct);
            await AddDueDatesAsync(db, calendar, personId, ct);
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    /// <summary>One meeting's .ics, or null when there is no such meeting.</summary>
    public async Task<string?> MeetingAsync(int meetingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calendar = NewCalendar();
        return await AddMeetingsAsync(db, calendar, [meetingId], ct) == 0 ? null : new CalendarSerializer().SerializeToString(calendar);
    }

    private async Task<int> AddMeetingsAsync(AppDbContext db, IcalCalendar calendar, List<int> ids, CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Date)
            .Select(m => new { m.Id, m.Title, m.Date, m.StartTime, m.EndTime, m.Venue, m.IsVirtual }).ToListAsync(ct);
        foreach (var m in meetings)
        {
            var start = new CalDateTime(m.Date, m.StartTime, TimeZone);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"meeting-{m.Id}@{Host}",
                Summary = m.Title,
                Start = start,
                End = m.EndTime is { } end && end > m.StartTime ? new CalDateTime(m.Date, end, TimeZone) : start.Add(Duration.Parse("PT2H")!.Value),
                Location = m.IsVirtual ? "Online" : m.Venue,
                Description = m.EndTime is null ? $"End time not set: shown as {DefaultMeetingLength}." : null,
                Url = new Uri($"{BaseUrl}/meetings/{m.Id}"),
            });
        }

        return meetings.Count;
    }

    private async Task AddDueDatesAsync(AppDbContext db, IcalCalendar calendar, int personId, CancellationToken ct)
    {
        var posts = (await OwnerDirectory.LoadAsync(db, clock.Today, ct)).PostsHeldBy(personId);
        var actions = await db.ActionItems.AsNoTracking()
            .Where(a => ActionStatusRules.Chaseable.Contains(a.Status) && a.DueOn != null
                && a.Owners.Any(o => o.PersonId == personId || (o.PostId != null && posts.Contains(o.PostId.Value))))
            .OrderBy(a => a.DueOn).Select(a => new { a.Id, a.Reference, a.Description, DueOn = a.DueOn!.Value }).ToListAsync(ct);
        foreach (var a in actions)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"action-{a.Id}-due@{Host}",
                Summary = $"Due: {a.Reference}",
                Description = a.Description,
                // All day: DTSTART;VALUE=DATE, ending the next day (RFC 5545's exclusive end).
                Start = new CalDateTime(a.DueOn),
                End = new CalDateTime(a.DueOn.AddDays(1)),
                Url = new Uri($"{BaseUrl}/actions/{a.Id}"),
            });
        }
    }

    private static IcalCalendar NewCalendar()
    {
        var calendar = new IcalCalendar { ProductId = "-//OPCC//ActionTracker//EN" };
        calendar.AddTimeZone(new VTimeZone(TimeZone));
        return calendar;
    }

    private string BaseUrl => options.Value.BaseUrl.TrimEnd('/');

    private string Host => new Uri(BaseUrl).Host;
}
