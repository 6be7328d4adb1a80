using ActionTracker.Web.Features.People;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>Who can own an action on a meeting's date: the posts (with their holder then) and the people.</summary>
public sealed record OwnerOptions(IReadOnlyList<PostOption> Posts, IReadOnlyList<PersonOption> People)
{
    public static readonly OwnerOptions None = new([], []);

    /// <summary>An owner as a person reads it: the body's name, the post with its holder, or the person's name.</summary>
    public string Describe(OwnerChoice owner) =>
        owner.BodyName
        ?? Posts.FirstOrDefault(p => p.Id == owner.PostId)?.Label
        ?? People.FirstOrDefault(p => p.Id == owner.PersonId)?.Name
        ?? "Unknown";

    public string Describe(IEnumerable<OwnerChoice> owners) => string.Join(", ", owners.Select(Describe));
}
