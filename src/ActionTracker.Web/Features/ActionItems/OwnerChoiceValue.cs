using System.Globalization;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>An owner choice as the value of a select's option ("person:3", "post:7", "body:Force and PCC leads") and back.</summary>
public static class OwnerChoiceValue
{
    public static string Of(OwnerChoice? choice) => choice switch
    {
        { PersonId: { } id } => $"person:{id.ToString(CultureInfo.InvariantCulture)}",
        { PostId: { } id } => $"post:{id.ToString(CultureInfo.InvariantCulture)}",
        { BodyName: { } name } => $"body:{name}",
        _ => "",
    };

    public static OwnerChoice? Parse(string? value)
    {
        var (kind, rest) = value?.IndexOf(':', StringComparison.Ordinal) is > 0 and var at ? (value[..at], value[(at + 1)..]) : ("", "");
        var id = int.TryParse(rest, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        return kind switch
        {
            "person" when id is not null => OwnerChoice.Person(id.Value),
            "post" when id is not null => OwnerChoice.Post(id.Value),
            "body" when rest.Length > 0 => OwnerChoice.Body(rest),
            _ => null,
        };
    }
}
