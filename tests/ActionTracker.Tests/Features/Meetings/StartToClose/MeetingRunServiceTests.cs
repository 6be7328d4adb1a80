using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.StartToClose;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Meetings.StartToClose;

/// <summary>Starting the seeded meeting of 20 January 2025 and closing it, scheduling the next.</summary>
public class MeetingRunServiceTests : StartToCloseTest
{
    [Fact]
    public async Task StartAsync_Scheduled_InSessionWithOutstandingMattersAfterTheWelcome_Published()
    {
        var meeting = await StartedNextMeetingAsync();

        Assert.Equal(MeetingStatus.InSession, meeting.Status);
        Assert.Equal([("1", "Welcome and apologies", AgendaItemKind.General), ("1.1", RunAgenda.OutstandingMattersTitle, AgendaItemKind.OutstandingMatters)],
            meeting.AgendaItems.Select(i => (i.Number, i.Title, i.Kind)));
        Assert.Equal(new MeetingChanged(Seed.NextMeetingId), Assert.Single(Db.Notifier.Published));
    }

    [Fact]
    public async Task StartAsync_EmptyAgenda_OutstandingMattersIsItemOne()
    {
        var id = await AddMeetingAsync(new DateOnly(2025, 2, 17));

        await Run().StartAsync(id, (await ReadMeetingAsync(id)).Version);

        Assert.Equal([("1", RunAgenda.OutstandingMattersTitle)], (await ReadMeetingAsync(id)).AgendaItems.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public async Task StartAsync_AgendaHasOutstandingMatters_NoSecondItem()
    {
        await Meetings.SaveAgendaItemAsync(new SaveAgendaItem
        {
            MeetingId = Seed.NextMeetingId, Number = "2", Title = "Review of Action Tracker", Kind = AgendaItemKind.OutstandingMatters,
        });

        var meeting = await StartedNextMeetingAsync();

        Assert.Equal(["1", "2"], meeting.AgendaItems.Select(i => i.Number));
    }

    [Fact]
    public async Task StartAsync_AlreadyInSession_RefusedNothingSaved()
    {
        await StartedNextMeetingAsync();

        await AssertRejectedAsync(async () => await Run().StartAsync(Seed.NextMeetingId, (await ReadMeetingAsync(Seed.NextMeetingId)).Version),
            "Only a scheduled meeting can be started; this one is 'in session'.");
    }

    [Fact]
    public async Task StartAsync_StaleVersion_ConflictNothingSaved()
    {
        var before = await Db.CountRowsAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Run().StartAsync(Seed.NextMeetingId, Guid.NewGuid()));

        Assert.Equal(before, await Db.CountRowsAsync());
        Assert.Equal(MeetingStatus.Scheduled, (await ReadMeetingAsync(Seed.NextMeetingId)).Status);
    }

    [Fact]
    public async Task CloseAsync_SchedulingTheNext_HeldLinkedAndConfirmedAsTheLastItem()
    {
        var meeting = await StartedNextMeetingAsync();

        var nextId = await Run().CloseAsync(NextMeeting(meeting));

        var closed = await ReadMeetingAsync(Seed.NextMeetingId);
        Assert.Equal((MeetingStatus.Held, nextId), (closed.Status, closed.NextMeeting?.Id));
        var last = closed.AgendaItems[^1];
        Assert.Equal(("2", RunAgenda.NextMeetingTitle, AgendaItemKind.NextMeeting,
                "Thematic: Rural crime – Monday 17 February 2025, 14:00 – 16:00, Hindlip Hall, Worcester"),
            (last.Number, last.Title, last.Kind, last.Notes));
        var next = await ReadMeetingAsync(nextId!.Value);
        Assert.Equal((Seed.SeriesId, MeetingType.Thematic, "Rural crime", MeetingStatus.Scheduled, meeting.ChairId, meeting.MinuteTakerId),
            (next.SeriesId, next.Type, next.Title, next.Status, next.ChairId, next.MinuteTakerId));
        Assert.Equal([("1", AgendaItemKind.OutstandingMatters)], next.AgendaItems.Select(i => (i.Number, i.Kind)));
    }

    [Fact]
    public async Task CloseAsync_TheNextMeetingBringsForwardWhatIsStillOpen()
    {
        var open = await RaiseAtAsync(Seed.NextMeetingId);
        var nextId = await Run().CloseAsync(NextMeeting(await StartedNextMeetingAsync()));

        Assert.Equal([open], await BroughtForwardIdsAsync(nextId!.Value));
    }

    [Fact]
    public async Task CloseAsync_WithoutSchedulingTheNext_HeldOnly_ExistingConfirmationItemFilled()
    {
        await Meetings.SaveAgendaItemAsync(new SaveAgendaItem { MeetingId = Seed.NextMeetingId, Number = "5", Title = "Next meeting", Kind = AgendaItemKind.NextMeeting });
        var meeting = await StartedNextMeetingAsync();
        var meetingsBefore = await QueryAsync(Rows.Of(db => db.Meetings.CountAsync()));

        Assert.Null(await Run().CloseAsync(new CloseMeeting { MeetingId = meeting.Id, Version = meeting.Version }));

        var closed = await ReadMeetingAsync(Seed.NextMeetingId);
        Assert.Equal((MeetingStatus.Held, (NextMeetingDto?)null, (string?)null), (closed.Status, closed.NextMeeting, closed.AgendaItems[^1].Notes));
        Assert.Equal(meetingsBefore, await QueryAsync(Rows.Of(db => db.Meetings.CountAsync())));
    }

    [Fact]
    public async Task CloseAsync_AScheduledMeeting_RefusedNothingSaved()
    {
        var meeting = await ReadMeetingAsync(Seed.NextMeetingId);

        await AssertRejectedAsync(() => Run().CloseAsync(NextMeeting(meeting)), "Only a meeting in session can be closed; this one is 'scheduled'.");

        Assert.Equal(MeetingStatus.Scheduled, (await ReadMeetingAsync(Seed.NextMeetingId)).Status);
    }

    [Fact]
    public async Task CloseAsync_NextDateNotAfterThisMeeting_RefusedNothingSaved()
    {
        var input = NextMeeting(await StartedNextMeetingAsync());
        input.NextDate = new DateOnly(2025, 1, 20);

        await AssertRejectedAsync(() => Run().CloseAsync(input), "The next meeting must be after this one (20 January 2025).");

        Assert.Equal(MeetingStatus.InSession, (await ReadMeetingAsync(Seed.NextMeetingId)).Status);
    }

    [Fact]
    public async Task CloseAsync_NextMeetingWithoutVenueOrDate_Refused()
    {
        var input = NextMeeting(await StartedNextMeetingAsync());
        (input.NextVenue, input.NextDate) = (" ", null);

        await AssertRejectedAsync(() => Run().CloseAsync(input), "Enter the next meeting's venue, or tick 'Virtual meeting'.");
        await AssertRejectedAsync(() => Run().CloseAsync(input), "Enter the date of the next meeting.");
    }

    [Fact]
    public async Task CloseAsync_NextAlreadyLinked_SchedulingAnotherRefused()
    {
        // The seeded meeting of 16 December already names 20 January as its next.
        await Run().StartAsync(Seed.MeetingId, (await ReadMeetingAsync(Seed.MeetingId)).Version);
        var input = NextMeeting(await ReadMeetingAsync(Seed.MeetingId));

        await AssertRejectedAsync(() => Run().CloseAsync(input),
            "The next meeting is already scheduled (Holding to account 2025-01, 20 January 2025): close without scheduling another.");
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.ChiefOfficer)]
    [InlineData(Roles.Administrator)]
    [InlineData(null)]
    public async Task StartAndClose_ByNonEditor_DeniedNothingSaved(string? role)
    {
        var caller = role is null ? Caller.Anonymous : new Caller(role);
        var meetingRow = Rows.Of(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == Seed.NextMeetingId));

        await AssertDeniedAsync(async () => await Run(caller).StartAsync(Seed.NextMeetingId, (await ReadMeetingAsync(Seed.NextMeetingId)).Version), meetingRow);
        var started = await StartedNextMeetingAsync();
        await AssertDeniedAsync(() => Run(caller).CloseAsync(NextMeeting(started)), meetingRow);
    }

    [Fact]
    public async Task StartAndClose_ByTheChair_Allowed()
    {
        var chair = new Caller(Roles.Chair);
        await Run(chair).StartAsync(Seed.NextMeetingId, (await ReadMeetingAsync(Seed.NextMeetingId)).Version);

        await Run(chair).CloseAsync(NextMeeting(await ReadMeetingAsync(Seed.NextMeetingId)));

        Assert.Equal(MeetingStatus.Held, (await ReadMeetingAsync(Seed.NextMeetingId)).Status);
    }

    private static CloseMeeting NextMeeting(MeetingDetails meeting) => new()
    {
        MeetingId = meeting.Id, Version = meeting.Version, ScheduleNext = true, NextType = MeetingType.Thematic, NextTitle = " Rural crime ",
        NextDate = new DateOnly(2025, 2, 17), NextStartTime = new TimeOnly(14, 0), NextEndTime = new TimeOnly(16, 0), NextVenue = "Hindlip Hall, Worcester",
    };
}
