namespace ActionTracker.Web.Data.Entities;

/// <summary>Who held which post, from when to when; "T/CC" and "A/CC" are temporary or acting holdings.</summary>
public class PostHolding
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public int PostId { get; set; }
    public Post? Post { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public bool IsActing { get; set; }
}
