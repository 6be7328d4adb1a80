namespace ActionTracker.Web.Data.Entities;

public class Attendance : IVersioned
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>The capacity as minuted, e.g. "Police and Crime Commissioner".</summary>
    public required string Capacity { get; set; }

    /// <summary>The initials or post abbreviation the minutes use for this attendee, e.g. "PCC", "T/CC", "CR".</summary>
    public string? Initials { get; set; }
    public AttendanceStatus Status { get; set; }
    public Guid Version { get; set; }
}
