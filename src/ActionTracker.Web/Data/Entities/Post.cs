namespace ActionTracker.Web.Data.Entities;

/// <summary>A post such as Chief Constable (CC) or Senior Policy Manager (SPM); people hold posts over time.</summary>
public class Post : IVersioned
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Abbreviation { get; set; }
    public Organisation Organisation { get; set; }
    public Guid Version { get; set; }
    public List<PostHolding> Holdings { get; } = [];
}
