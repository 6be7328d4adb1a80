namespace ActionTracker.Web.Features.ActionItems;

/// <summary>An owner picked in a form: exactly one of a person, a post or a named body.</summary>
public sealed record OwnerChoice(int? PersonId, int? PostId, string? BodyName)
{
    public static OwnerChoice Person(int id) => new(id, null, null);

    public static OwnerChoice Post(int id) => new(null, id, null);

    public static OwnerChoice Body(string name) => new(null, null, name);

    public bool HasExactlyOne => (PersonId is null ? 0 : 1) + (PostId is null ? 0 : 1) + (string.IsNullOrWhiteSpace(BodyName) ? 0 : 1) == 1;
}
