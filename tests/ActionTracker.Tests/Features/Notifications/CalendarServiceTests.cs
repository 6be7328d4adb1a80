using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>The personal calendar feed and a meeting's .ics, parsed back with Ical.Net.</summary>
public sealed class CalendarServiceTests : NotificationTest
{
    [Fact]
    public async Task FeedAsync_OfficersToken_ExactlyTheirMeetingsAndTheDueDatesOfTheirOpenActions()
    {
        await using (var db = Db.NewContext())
        {
            db.Attendances.Add(new Attendance { MeetingId = Seed.MeetingId, PersonId = Seed.OfficerId, Capacity = "Chief Constable" });
            await db.SaveChangesAsync();
        }

        var mine = await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), due: new DateOnly(2025, 1, 31));
        await RaiseForAsync(OwnerChoice.Post(Seed.ChiefConstablePostId), due: new DateOnly(2025, 2, 14)); // the acting CC's, not the officer's
        var closed = await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId), due: new DateOnly(2025, 2, 28));
        await Actions.ChangeStatusAsync(new ChangeActionStatus { ActionItemId = closed, Version = (await ReadActionAsync(closed)).Action.Version, Status = ActionStatus.Closed });
        var token = await OfficersNotifications().RegenerateCalendarTokenAsync();

        var calendar = IcalCalendar.Load((await Calendars().FeedAsync(token))!)!;

        Assert.Equal([$"action-{mine}-due@actions.opcc.example", $"meeting-{Seed.MeetingId}@actions.opcc.example"], calendar.Events.Select(e => e.Uid).Order());
        var meeting = calendar.Events.Single(e => e.Uid!.StartsWith("meeting", StringComparison.Ordinal));
        Assert.Equal((new DateTime(2024, 12, 16, 10, 0, 0), "Europe/London"), (meeting.Start!.Value, meeting.Start.TzId));
        Assert.Equal(new DateTime(2024, 12, 16, 12, 0, 0), meeting.End!.Value);
        var due = calendar.Events.Single(e => e.Uid!.StartsWith("action", StringComparison.Ordinal));
        Assert.True(due.IsAllDay);
        Assert.Equal(new DateOnly(2025, 1, 31), DateOnly.FromDateTime(due.Start!.Value));
        Assert.Equal($"Due: {ActionReference.For(Seed.MeetingId, 1)}", due.Summary);
        Assert.Equal(new Uri($"{BaseUrl}/actions/{mine}"), due.Url);
    }

    [Fact]
    public async Task FeedAsync_WrongRegeneratedOrRevokedToken_Nothing()
    {
        var notifications = OfficersNotifications();
        var first = await notifications.RegenerateCalendarTokenAsync();
        var second = await notifications.RegenerateCalendarTokenAsync();

        Assert.Null(await Calendars().FeedAsync("not-a-token"));
        Assert.Null(await Calendars().FeedAsync(first));
        Assert.NotNull(await Calendars().FeedAsync(second));

        await notifications.RevokeCalendarTokenAsync();

        Assert.Null(await Calendars().FeedAsync(second));
    }

    [Fact]
    public async Task MeetingAsync_SummerMeeting_LondonTimeWithItsZoneSoCalendarsShowItAtTen()
    {
        await using (var db = Db.NewContext())
        {
            var summer = await db.Meetings.FindAsync(Seed.NextMeetingId);
            summer!.Date = new DateOnly(2025, 7, 21);
            await db.SaveChangesAsync();
        }

        var calendar = IcalCalendar.Load((await Calendars().MeetingAsync(Seed.NextMeetingId))!)!;

        var meeting = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(2025, 7, 21, 9, 0, 0, DateTimeKind.Utc), meeting.Start!.AsUtc); // 10:00 BST
        Assert.Null(await Calendars().MeetingAsync(999));
    }

    private CalendarService Calendars() => new(Db.Factory, Clock, Microsoft.Extensions.Options.Options.Create(Options));
}
