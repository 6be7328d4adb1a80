using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.StartToClose;

namespace ActionTracker.Tests.Features.Meetings.StartToClose;

/// <summary>
/// The next meeting created at close, on real SQLite: it carries the standing items and regular attendees chosen, and
/// is titled by series and month unless a title is typed. The meeting closed is the seeded one of 20 January 2025.
/// </summary>
public sealed class CloseCarryOverTests : StartToCloseTest
{
    [Fact]
    public async Task CloseAsync_TitleLeftEmpty_TheSeriesAndTheMonth()
    {
        var close = Close(await StartedNextMeetingAsync());
        close.NextTitle = "  ";

        var nextId = await Run().CloseAsync(close);

        Assert.Equal($"{TestData.SeriesName} – February 2025", (await ReadMeetingAsync(nextId!.Value)).Title);
    }

    [Fact]
    public async Task CloseAsync_StandingItemsAndRegularAttendeesChosen_CarriedToTheNextMeeting()
    {
        var (summaryId, aobId) = (await AddItemAsync("4", "Summary of actions arising", AgendaItemKind.SummaryOfActions),
            await AddItemAsync("5", "Any other business", AgendaItemKind.AnyOtherBusiness));
        await AddItemAsync("3", "Rural crime", AgendaItemKind.HoldingToAccount);
        var chair = await AttendAsync(Seed.ChairId, "Police and Crime Commissioner", "PCC", AttendanceStatus.Present);
        var officer = await AttendAsync(Seed.OfficerId, "Chief Constable", "CC", AttendanceStatus.Apologies);
        await AttendAsync(Seed.MinuteTakerId, "Auditor", null, AttendanceStatus.Observer);
        var meeting = await StartedNextMeetingAsync();
        var close = Close(meeting);
        NextMeetingCarry.Propose(close, meeting);

        var nextId = await Run().CloseAsync(close);

        var outstanding = meeting.AgendaItems.Single(i => i.Kind == AgendaItemKind.OutstandingMatters).Id;
        Assert.Equal(new[] { outstanding, summaryId, aobId }.Order(), close.CarryItemIds.Order());
        var next = await ReadMeetingAsync(nextId!.Value);
        Assert.Equal([("1.1", "Outstanding matters / items brought forward", AgendaItemKind.OutstandingMatters), ("4", "Summary of actions arising", AgendaItemKind.SummaryOfActions),
                ("5", "Any other business", AgendaItemKind.AnyOtherBusiness)],
            next.AgendaItems.Select(i => (i.Number, i.Title, i.Kind)));
        Assert.All(next.AgendaItems, i => Assert.Null(i.Notes));
        Assert.Equal([(Seed.ChairId, "Police and Crime Commissioner", "PCC", AttendanceStatus.Present), (Seed.OfficerId, "Chief Constable", "CC", AttendanceStatus.Present)],
            next.Attendees.Select(a => (a.PersonId, a.Capacity, a.Initials, a.Status)));
        Assert.Equal([chair, officer], close.CarryAttendeeIds.Order());
    }

    [Fact]
    public async Task CloseAsync_NothingChosenToCarry_OnlyOutstandingMatters()
    {
        await AttendAsync(Seed.ChairId, "Police and Crime Commissioner", "PCC", AttendanceStatus.Present);
        var nextId = await Run().CloseAsync(Close(await StartedNextMeetingAsync()));

        var next = await ReadMeetingAsync(nextId!.Value);
        Assert.Equal([AgendaItemKind.OutstandingMatters], next.AgendaItems.Select(i => i.Kind));
        Assert.Empty(next.Attendees);
    }

    [Fact]
    public async Task CloseAsync_ItemOfAnotherMeetingToCarry_RefusedAndNothingSaved()
    {
        var close = Close(await StartedNextMeetingAsync());
        close.CarryItemIds = [Seed.ItemTwoId];

        await AssertRejectedAsync(() => Run().CloseAsync(close), "An item or attendee to carry over has been removed meanwhile: reload and choose again.");
    }

    private async Task<int> AddItemAsync(string number, string title, AgendaItemKind kind) =>
        await Meetings.SaveAgendaItemAsync(new SaveAgendaItem { MeetingId = Seed.NextMeetingId, Number = number, Title = title, Kind = kind });

    private async Task<int> AttendAsync(int personId, string capacity, string? initials, AttendanceStatus status) =>
        await Meetings.SaveAttendeeAsync(new SaveAttendee
        {
            MeetingId = Seed.NextMeetingId, PersonId = personId, Capacity = capacity, Initials = initials, Status = status,
        });

    private static CloseMeeting Close(MeetingDetails meeting) => new()
    {
        MeetingId = meeting.Id, Version = meeting.Version, ScheduleNext = true, NextType = meeting.Type, NextTitle = "Rural crime",
        NextDate = new DateOnly(2025, 2, 17), NextStartTime = new TimeOnly(10, 0), NextVenue = "OPCC offices",
    };
}
