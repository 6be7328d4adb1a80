namespace ActionTracker.Web.Data.Entities;

/// <summary>
/// One set of past minutes brought in by the importer, and the draft meeting it made. The hash of the minutes' text
/// (spacing ignored) is unique, so the same minutes cannot be imported twice.
/// </summary>
public class MinutesImport
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public required string ContentHash { get; set; }
    public required string SourceName { get; set; }
    public required string ImportedBy { get; set; }
    public DateTime ImportedAtUtc { get; set; }
}
