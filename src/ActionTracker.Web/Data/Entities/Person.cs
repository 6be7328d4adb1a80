namespace ActionTracker.Web.Data.Entities;

public class Person : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public Guid Version { get; set; }
    public List<PostHolding> PostHoldings { get; } = [];
}
