namespace ActionTracker.Web.Features.ActionItems;

/// <summary>
/// An owner as read from the database: a person, a post, or a named body. For a post, <paramref name="HolderName"/> is
/// who held it on the day the action is due (see <see cref="OwnerHolders"/>), or null when nobody did.
/// </summary>
public sealed record OwnerRow(
    int? PersonId, string? PersonName, int? PostId, string? PostAbbreviation, string? BodyName, string? HolderName = null)
{
    public string Display => PersonName ?? (PostAbbreviation is { } post ? OwnerText.Post(post, HolderName) : BodyName) ?? "";
}

public static class OwnerText
{
    public static string Join(IEnumerable<OwnerRow> owners) => string.Join(", ", owners.Select(o => o.Display));

    /// <summary>
    /// A post with whoever held it, e.g. "ACC (Richard Cooper)", so that figures and rows name the person answerable.
    /// "(vacant)" rather than the bare post when nobody held it: beside "ACC (Richard Cooper)" on the dashboard, a bare
    /// "ACC" would read as every ACC action.
    /// </summary>
    public static string Post(string abbreviation, string? holderName) => $"{abbreviation} ({holderName ?? "vacant"})";
}
