using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Features.Meetings;

/// <summary>A hand-built meeting, as <see cref="MeetingService.GetAsync"/> would return it, for rendering the minutes.</summary>
public static class MinutesFixture
{
    public const int ItemOnePointTwoId = 103;
    public const string HostileNotes = "The CC said <script>alert(1)</script> & more.";

    public static MeetingDetails Meeting(bool isVirtual = true) => new(
        Id: 12, SeriesId: 1, SeriesName: "Monthly holding to account", Type: MeetingType.HoldingToAccount,
        Title: "December holding to account", Date: new DateOnly(2024, 12, 16), StartTime: new TimeOnly(10, 0), EndTime: new TimeOnly(12, 0),
        IsVirtual: isVirtual, Venue: "Room 4, Police HQ", ChairId: 1, ChairName: "Alex Carter", MinuteTakerId: 3, MinuteTakerName: "Sam Patel",
        Status: MeetingStatus.MinutesDraft, IsSample: false, Version: Guid.NewGuid(), Verdict: null, VerdictNote: null,
        Attendees:
        [
            new AttendeeDto(1, 1, "Alex Carter", "Police and Crime Commissioner", "PCC", AttendanceStatus.Present, Guid.Empty),
            new AttendeeDto(2, 2, "Jo Briggs", "Chief Constable", "CC", AttendanceStatus.Present, Guid.Empty),
            new AttendeeDto(3, 3, "Sam Patel", "Senior Policy Manager", "SPM", AttendanceStatus.Present, Guid.Empty),
            new AttendeeDto(4, 4, "Priya Shah", "Assistant Chief Constable", "ACC", AttendanceStatus.Apologies, Guid.Empty),
            new AttendeeDto(5, 5, "Chris Lee", "Internal auditor", null, AttendanceStatus.Observer, Guid.Empty),
        ],
        AgendaItems:
        [
            Item(101, "1", "Welcome and apologies", null),
            Item(102, "1.1", "Declarations of interest", "None were declared."),
            Item(ItemOnePointTwoId, "1.2", "Response times", HostileNotes + "\n\n• Urban: 11 minutes\n• Rural: 19 minutes"),
            Item(104, "2", "Any other business", null) with { Question = "What is the plan for rural patrols?" },
        ],
        Actions:
        [
            new MeetingActionDto(201, "AT-0012-1", 1, "Report response times by division.", ItemOnePointTwoId, "CC",
                new DateOnly(2025, 1, 31), null, ActionStatus.Open),
            new MeetingActionDto(202, "AT-0012-2", 2, "Review the estates strategy.", null, "the CRB",
                null, "January holding to account", ActionStatus.InProgress),
        ],
        NextMeeting: new NextMeetingDto(13, MeetingType.HoldingToAccount, "January holding to account", new DateOnly(2025, 1, 20),
            new TimeOnly(10, 0), new TimeOnly(12, 0), false, "OPCC offices"),
        DeferredHere: []);

    private static AgendaItemDto Item(int id, string number, string title, string? notes) =>
        new(id, number, title, AgendaItemKind.General, null, notes, false, Guid.Empty);
}
