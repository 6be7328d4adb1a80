namespace ActionTracker.Web.Data.Entities;

/// <summary>Meetings of the same kind that follow one another; open actions carry forward within a series.</summary>
public class MeetingSeries
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public MeetingType Type { get; set; }
    public List<Meeting> Meetings { get; } = [];
}
