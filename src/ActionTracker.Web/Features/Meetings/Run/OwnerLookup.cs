using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.People;

namespace ActionTracker.Web.Features.Meetings.Run;

/// <summary>An owner the minute-taker can type: a post (by abbreviation or title) or an attendee (by initials or name).</summary>
public sealed record OwnerOption(string Label, OwnerChoice Choice, bool IsPost, string? ShortForm, string Name);

/// <summary>What the typed owner came to: the owner, or why there is none (nothing matched, or more than one did).</summary>
public sealed record OwnerMatch(OwnerOption? Owner, string? Problem);

/// <summary>
/// Finds the owner typed in the run-meeting view. Tiers in order, the first that matches anything decides: the whole label
/// (picked from the list), a post's abbreviation, an attendee's initials, a full name or surname, then part of a label.
/// Posts come before initials because an action owned by a post passes to whoever holds it next. More than one match
/// within a tier is asked about, never guessed.
/// </summary>
public static class OwnerLookup
{
    public static IReadOnlyList<OwnerOption> Options(IReadOnlyList<AttendeeDto> attendees, IReadOnlyList<PostOption> posts) =>
    [
        .. posts.Select(p => new OwnerOption(p.Label, OwnerChoice.Post(p.Id), true, p.Abbreviation, p.Title)),
        .. attendees.Select(a => new OwnerOption(
            a.Initials is null ? $"{a.Name}, {a.Capacity}" : $"{a.Initials} – {a.Name}, {a.Capacity}",
            OwnerChoice.Person(a.PersonId), false, a.Initials, a.Name)),
    ];

    public static OwnerMatch Find(IReadOnlyList<OwnerOption> options, string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new(null, "Type the owner's initials, post or name.");
        }

        Func<OwnerOption, bool>[] tiers =
        [
            o => Same(o.Label, text),
            o => o.IsPost && Same(o.ShortForm, text),
            o => !o.IsPost && Same(o.ShortForm, text),
            o => Same(o.Name, text) || Same(o.Name.Split(' ')[^1], text),
            o => o.Label.Contains(text, StringComparison.OrdinalIgnoreCase),
        ];
        foreach (var tier in tiers)
        {
            var found = options.Where(tier).DistinctBy(o => o.Choice).ToList();
            if (found.Count == 1)
            {
                return new(found[0], null);
            }

            if (found.Count > 1)
            {
                return new(null, $"\"{text}\" could be {string.Join(" or ", found.Take(4).Select(o => o.Label))}: type more, or pick one from the list.");
            }
        }

        return new(null, $"No attendee or post matches \"{text}\". Type initials, a post such as DCC, or a name.");
    }

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
