using ActionTracker.Web.Features.Meetings.QuickEntry;

namespace ActionTracker.Web.Features.Meetings.Run;

/// <summary>The owners typed in the inline action form, or why they cannot be settled (nothing fits, or more than one does).</summary>
public sealed record TypedOwner(IReadOnlyList<OwnerOption> Owners, string? Problem)
{
    /// <summary>
    /// An entry picked from the list is taken as it is; typed words ("T/DCC", "Cooper", "CC and DCC") are resolved the
    /// same way as an "ACTION:" line in the notes, so both ways of raising an action agree on who is meant — and neither guesses.
    /// </summary>
    public static TypedOwner Find(MeetingOwners owners, string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new([], "Type the owner's initials, post or name.");
        }

        if (owners.All.FirstOrDefault(o => string.Equals(o.Label, text, StringComparison.OrdinalIgnoreCase)) is { } picked)
        {
            return new([picked], null);
        }

        var matches = owners.Resolve(text);
        return matches.FirstOrDefault(m => m is not ResolvedOwner) switch
        {
            AmbiguousOwner ambiguous => new([], $"“{ambiguous.OwnerText}” could be {string.Join(" or ", ambiguous.Choices.Select(c => c.Label))}: type more, or pick one from the list."),
            UnresolvedOwner unresolved => new([], $"No attendee or post matches “{unresolved.OwnerText}”. Type initials, a post such as DCC, or a name."),
            _ => new([.. matches.Cast<ResolvedOwner>().Select(m => m.Owner).Distinct()], null),
        };
    }
}
