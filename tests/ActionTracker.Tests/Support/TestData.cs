using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Support;

/// <summary>Ids of the rows <see cref="TestData.SeedAsync"/> creates.</summary>
public sealed record SeedData(
    int SeriesId, int ChairId, int MinuteTakerId, int OfficerId, int ChiefConstablePostId,
    int EarlierMeetingId, int MeetingId, int NextMeetingId,
    int ItemOneId, int ItemOnePointOneId, int ItemTwoId, int NextMeetingItemOneId);

/// <summary>
/// A small, realistic starting point written straight through the context: one series with meetings on
/// 18 November 2024, 16 December 2024 (items 1, 1.1 and 2; the chair attending) and 20 January 2025 (item 1).
/// </summary>
public static class TestData
{
    public const string SeriesName = "Monthly holding to account";
    public const string ChairName = "Alex Carter";
    public const string MinuteTakerName = "Sam Patel";
    public const string OfficerName = "Jo Briggs";
    public const string ChiefConstableAbbreviation = "CC";
    public static readonly DateOnly MeetingDate = new(2024, 12, 16);

    public static async Task<SeedData> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var series = new MeetingSeries { Name = SeriesName, Type = MeetingType.HoldingToAccount };
        var chair = new Person { Name = ChairName };
        var minuteTaker = new Person { Name = MinuteTakerName };
        var officer = new Person { Name = OfficerName };
        var chiefConstable = new Post { Title = "Chief Constable", Abbreviation = ChiefConstableAbbreviation, Organisation = Organisation.Force };
        var earlier = NewMeeting(series, chair, new DateOnly(2024, 11, 18));
        var meeting = NewMeeting(series, chair, MeetingDate);
        var next = NewMeeting(series, chair, new DateOnly(2025, 1, 20));
        meeting.MinuteTaker = minuteTaker;
        meeting.NextMeeting = next;
        meeting.Attendances.Add(new Attendance { Person = chair, Capacity = "Police and Crime Commissioner", Initials = "PCC" });
        var itemOne = AddItem(meeting, "1", "Welcome and apologies");
        var itemOnePointOne = AddItem(meeting, "1.1", "Declarations of interest");
        var itemTwo = AddItem(meeting, "2", "Neighbourhood policing");
        var nextItemOne = AddItem(next, "1", "Welcome and apologies");
        db.AddRange(officer, chiefConstable, earlier, meeting, next);
        await db.SaveChangesAsync();

        return new SeedData(series.Id, chair.Id, minuteTaker.Id, officer.Id, chiefConstable.Id,
            earlier.Id, meeting.Id, next.Id, itemOne.Id, itemOnePointOne.Id, itemTwo.Id, nextItemOne.Id);
    }

    private static Meeting NewMeeting(MeetingSeries series, Person chair, DateOnly date) => new()
    {
        Series = series,
        Type = series.Type,
        Title = $"Holding to account {date:yyyy-MM}",
        Date = date,
        StartTime = new TimeOnly(10, 0),
        EndTime = new TimeOnly(12, 0),
        Venue = "OPCC offices",
        Chair = chair,
        Status = MeetingStatus.Scheduled,
    };

    private static AgendaItem AddItem(Meeting meeting, string number, string title)
    {
        var item = new AgendaItem { Number = number, SortKey = AgendaNumber.SortKey(number), Title = title };
        meeting.AgendaItems.Add(item);
        return item;
    }
}
