using ActionTracker.Tests.Support;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Features.Meetings;

/// <summary>Each rule of <see cref="SaveMeetingValidator"/>, run through <see cref="MeetingService.SaveAsync"/> on real SQLite.</summary>
public class SaveMeetingValidatorTests : DatabaseTest
{
    private static readonly Dictionary<string, Action<SaveMeeting>> Breakages = new()
    {
        ["no title"] = m => m.Title = " ",
        ["title too long"] = m => m.Title = new string('t', FieldLimits.Title + 1),
        ["end before start"] = m => m.EndTime = new TimeOnly(9, 30),
        ["end at start"] = m => m.EndTime = m.StartTime,
        ["no venue, not virtual"] = m => m.Venue = null,
        ["no chair"] = m => m.ChairId = null,
        ["unknown chair"] = m => m.ChairId = 9999,
        ["new chair without a name"] = m => (m.ChairId, m.NewChairName) = (0, "  "),
        ["new chair's name too long"] = m => (m.ChairId, m.NewChairName) = (0, new string('n', FieldLimits.Name + 1)),
        ["unknown minute-taker"] = m => m.MinuteTakerId = 9999,
        ["unknown series"] = m => m.SeriesId = 9999,
        ["no series"] = m => m.SeriesId = 0,
        ["duplicate new series"] = m => (m.SeriesId, m.NewSeriesName) = (0, $"  {TestData.SeriesName} "),
        ["no date"] = m => m.Date = null,
    };

    [Theory]
    [InlineData("no title", "Enter the meeting's title or theme.")]
    [InlineData("title too long", "The title must be 300 characters or fewer.")]
    [InlineData("end before start", "The end time must be after the start time.")]
    [InlineData("end at start", "The end time must be after the start time.")]
    [InlineData("no venue, not virtual", "Enter the venue, or tick 'Virtual meeting'.")]
    [InlineData("no chair", "Choose who chairs the meeting.")]
    [InlineData("unknown chair", "The chair must be a person on the system.")]
    [InlineData("new chair without a name", "Type the chair's name, or choose them from the list.")]
    [InlineData("new chair's name too long", "The name must be 200 characters or fewer.")]
    [InlineData("unknown minute-taker", "The minute-taker must be a person on the system.")]
    [InlineData("unknown series", "That series no longer exists.")]
    [InlineData("no series", "Choose a series, or name a new one.")]
    [InlineData("duplicate new series", "A series with that name already exists: choose it from the list.")]
    [InlineData("no date", "Enter the date of the meeting.")]
    public async Task SaveAsync_InvalidNewMeeting_RejectedAndNothingSaved(string breakage, string message)
    {
        var input = NewMeeting();
        Breakages[breakage](input);

        await AssertRejectedAsync(() => Meetings.SaveAsync(input), message);
    }

    [Fact]
    public async Task SaveAsync_ValidNewMeeting_Saved()
    {
        var id = await Meetings.SaveAsync(NewMeeting());

        var saved = await ReadMeetingAsync(id);
        Assert.Equal("January assurance", saved.Title);
        Assert.Equal(TestData.ChairName, saved.ChairName);
        Assert.Equal("OPCC offices", saved.VenueText);
    }

    [Fact]
    public async Task SaveAsync_NewMeetingChairedBySomeoneTypedIn_CreatesThePersonAsChairAndAttendee()
    {
        var input = NewMeeting();
        (input.ChairId, input.NewChairName) = (0, "  Marc Bayliss ");

        var id = await Meetings.SaveAsync(input);

        var saved = await ReadMeetingAsync(id);
        Assert.Equal("Marc Bayliss", saved.ChairName);
        var attendee = Assert.Single(saved.Attendees);
        Assert.Equal((saved.ChairId, "Marc Bayliss", "Chair", AttendanceStatus.Present), (attendee.PersonId, attendee.Name, attendee.Capacity, attendee.Status));
    }

    [Fact]
    public async Task SaveAsync_VirtualWithoutVenue_SavedAsVirtual()
    {
        var input = NewMeeting();
        (input.IsVirtual, input.Venue) = (true, null);

        var saved = await ReadMeetingAsync(await Meetings.SaveAsync(input));

        Assert.Null(saved.Venue);
        Assert.Equal("Virtual", saved.VenueText);
    }

    [Fact]
    public async Task SaveAsync_NewSeriesName_CreatesTheSeries()
    {
        var input = NewMeeting();
        (input.SeriesId, input.NewSeriesName) = (0, " Estates thematic ");

        var saved = await ReadMeetingAsync(await Meetings.SaveAsync(input));

        Assert.Equal("Estates thematic", saved.SeriesName);
        Assert.Equal(2, (await Meetings.ListSeriesAsync()).Count);
    }

    [Fact]
    public async Task SaveAsync_StatusJumpsFromScheduledToPublished_RejectedAndStatusKept()
    {
        var edit = Edits.Of(await ReadMeetingAsync(Seed.MeetingId));
        edit.Status = MeetingStatus.Published;

        await AssertRejectedAsync(() => Meetings.SaveAsync(edit),
            "A meeting's status moves one step at a time: scheduled, in session, held, minutes in draft, minutes agreed, published.");
        Assert.Equal(MeetingStatus.Scheduled, (await ReadMeetingAsync(Seed.MeetingId)).Status);
    }

    [Fact]
    public async Task SaveAsync_StatusMovesOneStep_Saved()
    {
        var edit = Edits.Of(await ReadMeetingAsync(Seed.MeetingId));
        edit.Status = MeetingStatus.InSession;

        await Meetings.SaveAsync(edit);

        Assert.Equal(MeetingStatus.InSession, (await ReadMeetingAsync(Seed.MeetingId)).Status);
    }

    [Theory]
    [InlineData(MeetingStatus.Scheduled, MeetingStatus.InSession, true)]
    [InlineData(MeetingStatus.MinutesAgreed, MeetingStatus.Published, true)]
    [InlineData(MeetingStatus.Held, MeetingStatus.InSession, true)]
    [InlineData(MeetingStatus.Held, MeetingStatus.Held, true)]
    [InlineData(MeetingStatus.Scheduled, MeetingStatus.Held, false)]
    [InlineData(MeetingStatus.Scheduled, MeetingStatus.Published, false)]
    [InlineData(MeetingStatus.Published, MeetingStatus.MinutesDraft, false)]
    public void CanMove_FromTo_OnlyOneStepEitherWay(MeetingStatus from, MeetingStatus to, bool allowed) =>
        Assert.Equal(allowed, MeetingStatusRules.CanMove(from, to));

    private SaveMeeting NewMeeting() => new()
    {
        SeriesId = Seed.SeriesId,
        Type = MeetingType.AssuranceAndAccountability,
        Title = "January assurance",
        Date = new DateOnly(2025, 1, 27),
        StartTime = new TimeOnly(10, 0),
        EndTime = new TimeOnly(12, 0),
        Venue = "OPCC offices",
        ChairId = Seed.ChairId,
        MinuteTakerId = Seed.MinuteTakerId,
    };
}
