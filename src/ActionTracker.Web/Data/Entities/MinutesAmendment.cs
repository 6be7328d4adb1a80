namespace ActionTracker.Web.Data.Entities;

/// <summary>
/// A correction to minutes already agreed as a true record. Approved minutes are never edited in place: the correction
/// and its reason are kept beside them, and shown with them, in the order they were made.
/// </summary>
public class MinutesAmendment
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>The item corrected, or null for a correction to the minutes as a whole (attendance, the header).</summary>
    public int? AgendaItemId { get; set; }
    public AgendaItem? AgendaItem { get; set; }
    public required string Correction { get; set; }
    public required string Reason { get; set; }
    public required string MadeBy { get; set; }
    public DateTime MadeAtUtc { get; set; }
}
