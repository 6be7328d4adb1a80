namespace ActionTracker.Web.Data.Entities;

/// <summary>One owner of an action: exactly one of a person, a post, or a named body ("the CRB", "Force and PCC leads").</summary>
public class ActionOwner
{
    public int Id { get; set; }
    public int ActionItemId { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? PostId { get; set; }
    public Post? Post { get; set; }
    public string? BodyName { get; set; }
}
