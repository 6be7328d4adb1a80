namespace ActionTracker.Web.Data.Entities;

/// <summary>
/// The minutes of one meeting agreed as a true record (by whom, when, at which meeting: normally the next one), and, once
/// published to the public pages, by whom and when. Its own table, one row per approved meeting (see MinutesService).
/// </summary>
public class MinutesApproval
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int? AgreedAtMeetingId { get; set; }
    public Meeting? AgreedAtMeeting { get; set; }
    public required string ApprovedBy { get; set; }
    public DateTime ApprovedAtUtc { get; set; }
    public string? PublishedBy { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
}
