namespace ActionTracker.Web.Features.ActionItems;

/// <summary>An owner as read from the database: a person, a post, or a named body.</summary>
public sealed record OwnerRow(int? PersonId, string? PersonName, int? PostId, string? PostAbbreviation, string? BodyName)
{
    public string Display => PersonName ?? PostAbbreviation ?? BodyName ?? "";
}

public static class OwnerText
{
    public static string Join(IEnumerable<OwnerRow> owners) => string.Join(", ", owners.Select(o => o.Display));
}
