namespace ActionTracker.Web.Data.Entities;

public class Meeting : IVersioned
{
    public int Id { get; set; }
    public int SeriesId { get; set; }
    public MeetingSeries? Series { get; set; }
    public MeetingType Type { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public bool IsVirtual { get; set; }
    public string? Venue { get; set; }
    public int ChairId { get; set; }
    public Person? Chair { get; set; }
    public int? MinuteTakerId { get; set; }
    public Person? MinuteTaker { get; set; }
    public MeetingStatus Status { get; set; }
    public int? NextMeetingId { get; set; }
    public Meeting? NextMeeting { get; set; }

    /// <summary>The chair's assurance verdict, once given, and the reasons for it.</summary>
    public AssuranceVerdict? Verdict { get; set; }
    public string? VerdictNote { get; set; }

    /// <summary>Marks the demo's invented history, so nobody mistakes it for real minutes.</summary>
    public bool IsSample { get; set; }
    public Guid Version { get; set; }

    /// <summary>Who agreed the minutes as a true record, where and when, and their publication: none while they are a draft.</summary>
    public MinutesApproval? MinutesApproval { get; set; }

    public List<Attendance> Attendances { get; } = [];
    public List<AgendaItem> AgendaItems { get; } = [];
    public List<ActionItem> ActionItems { get; } = [];
    public List<MinutesAmendment> MinutesAmendments { get; } = [];
}
