using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Import;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Import;

/// <summary>
/// The next meeting that imported minutes give, on real SQLite: scheduled in the series as closing a meeting schedules it
/// (standing items, regular attendees, the series' title), or, when the series already has a meeting that day, linked.
/// </summary>
public sealed class ImportNextMeetingTests : DatabaseTest
{
    private MinutesImportService Service() => new(Db.Factory, new ImportMinutesValidator(Db.Factory), Db.Notifier, Db.CurrentUser(), new AppClock(Db.Time));

    private async Task<(ImportPreview Preview, int Id)> ImportAsync(string text)
    {
        var preview = await Service().ReadAsync(text, "minutes.txt");
        preview.Input.SeriesName = TestData.SeriesName;
        preview = await Service().ReviewAsync(preview.Input);
        return (preview, await Service().ImportAsync(preview.Input));
    }

    [Fact]
    public async Task ImportAsync_NextMeetingDated_ScheduledWithStandingItemsRegularAttendeesAndTheSeriesTitle()
    {
        var (preview, id) = await ImportAsync("""
            Holding to account – February 2025
            Date: 17 February 2025, 10:00
            Chair: Alex Carter
            Venue: Hindlip Hall
            Present: Alex Carter (PCC), Jo Briggs (CC)
            Apologies: Sam Patel (OPCC)
            Observer: Kim Lee (Student)
            1. Outstanding matters
            None outstanding.
            2. Holding to account – Fleet
            Estates were discussed; deferred to the next meeting.
            3. AOB
            None.
            4. Date of next meeting
            17 March 2025 at 2pm
            """);

        Assert.Equal(new PreviewNextMeeting(new DateTime(2025, 3, 17, 14, 0, 0), null), preview.Next);
        await using var db = Db.NewContext();
        var meeting = await db.Meetings.Include(m => m.NextMeeting!).ThenInclude(n => n.AgendaItems)
            .Include(m => m.NextMeeting!).ThenInclude(n => n.Attendances).ThenInclude(a => a.Person).SingleAsync(m => m.Id == id);
        var next = meeting.NextMeeting!;
        Assert.Equal(("Monthly holding to account – March 2025", new DateOnly(2025, 3, 17), new TimeOnly(14, 0), MeetingStatus.Scheduled, Seed.SeriesId),
            (next.Title, next.Date, next.StartTime, next.Status, next.SeriesId));
        Assert.Equal((meeting.ChairId, "Hindlip Hall", meeting.Type), (next.ChairId, next.Venue, next.Type));
        Assert.Equal(["1 Outstanding matters", "3 AOB", "4 Date of next meeting"],
            next.AgendaItems.OrderBy(i => i.SortKey).Select(i => $"{i.Number} {i.Title}"));
        Assert.Equal(["Alex Carter", "Jo Briggs", "Sam Patel"], next.Attendances.OrderBy(a => a.Id).Select(a => a.Person!.Name));
        // "Deferred to the next meeting" points at the meeting the import scheduled.
        Assert.Equal(next.Id, await db.AgendaItems.Where(i => i.MeetingId == id && i.Number == "2").Select(i => i.DeferredToMeetingId).SingleAsync());
    }

    [Fact]
    public async Task ImportAsync_SeriesHasAMeetingThatDay_LinkedNotDuplicated()
    {
        var (preview, id) = await ImportAsync("""
            Holding to account – December 2024
            Date: 9 December 2024, 10:00
            Chair: Alex Carter
            1. Holding to account – Fleet
            The fleet plan was discussed.
            2. Date of next meeting
            20 January 2025, 10:00
            """);

        Assert.Equal(Seed.NextMeetingId, preview.Next!.Existing!.Id);
        await using var db = Db.NewContext();
        Assert.Equal(Seed.NextMeetingId, await db.Meetings.Where(m => m.Id == id).Select(m => m.NextMeetingId).SingleAsync());
        Assert.Equal(1, await db.Meetings.CountAsync(m => m.Date == new DateOnly(2025, 1, 20)));
        Assert.Equal(["Welcome and apologies"], await db.AgendaItems.Where(i => i.MeetingId == Seed.NextMeetingId).Select(i => i.Title).ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_NoNextMeetingGiven_NoneScheduled()
    {
        var meetings = await CountMeetingsAsync();

        var (preview, id) = await ImportAsync("""
            Holding to account – February 2025
            Date: 17 February 2025, 10:00
            Chair: Alex Carter
            1. Holding to account – Fleet
            The fleet plan was discussed.
            2. AOB
            None.
            """);

        Assert.Null(preview.Next);
        Assert.Equal(meetings + 1, await CountMeetingsAsync());
        await using var db = Db.NewContext();
        Assert.Null(await db.Meetings.Where(m => m.Id == id).Select(m => m.NextMeetingId).SingleAsync());
    }

    [Fact]
    public async Task ImportAsync_MinutesOfTheMeetingTheLastImportScheduled_CompleteItNotASecondMeeting()
    {
        var (_, february) = await ImportAsync("""
            Holding to account – February 2025
            Date: 17 February 2025, 10:00
            Chair: Alex Carter
            1. Outstanding matters
            None.
            2. Date of next meeting
            17 March 2025, 10:00
            """);
        var meetings = await CountMeetingsAsync();

        var (preview, march) = await ImportAsync("""
            Holding to account – March 2025
            Date: 17 March 2025, 10:00
            Chair: Alex Carter
            Present: Alex Carter (PCC), Jo Briggs (CC)
            1. Holding to account – Fleet
            The fleet plan was discussed.
            2. Date of next meeting
            14 April 2025, 10:00
            """);

        await using var db = Db.NewContext();
        var scheduled = await db.Meetings.Where(m => m.Id == february).Select(m => m.NextMeetingId).SingleAsync();
        Assert.Equal((scheduled, scheduled), (preview.Scheduled?.Id, (int?)march));
        Assert.Empty(preview.SameDay);
        Assert.Equal(meetings + 1, await CountMeetingsAsync()); // April's, scheduled by March's minutes
        var completed = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.Attendances).SingleAsync(m => m.Id == march);
        Assert.Equal(("Holding to account – March 2025", MeetingStatus.MinutesDraft), (completed.Title, completed.Status));
        Assert.Equal(["1 Holding to account – Fleet", "2 Date of next meeting"], completed.AgendaItems.OrderBy(i => i.SortKey).Select(i => $"{i.Number} {i.Title}"));
        Assert.Equal(2, completed.Attendances.Count);
    }

    private async Task<int> CountMeetingsAsync()
    {
        await using var db = Db.NewContext();
        return await db.Meetings.CountAsync();
    }
}
