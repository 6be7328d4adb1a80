using System.Text.RegularExpressions;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings.QuickEntry;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// One owner of an imported action: the words written, the post and person they were found to mean, and what will be
/// saved (<see cref="Choice"/>: a post, a person on the system, or a named body), or the attendee to be created first.
/// An owner the words fit nobody for is saved as a named body with the words as written, and flagged.
/// </summary>
public sealed record ImportedOwner(string Written, string? Post, string? Person, OwnerChoice? Choice, int? NewAttendee, string? Problem);

/// <summary>
/// Resolves the owners of imported actions with quick entry's <see cref="OwnerResolver"/>, over the minutes' attendees
/// (people already on the system keep their posts held on the meeting's day). In its own layer it adds what quick entry
/// does not do yet: a post named but not in the room ("ACC", "DCC") resolves to the post and its holder that day.
/// </summary>
public sealed partial class ImportOwners
{
    private readonly ParsedMinutes _minutes;
    private readonly List<OwnerCandidate> _candidates;
    private readonly List<(int PostId, string Abbreviation, string Title, string? Holder)> _posts;

    private ImportOwners(ParsedMinutes minutes, List<OwnerCandidate> candidates, List<(int, string, string, string?)> posts) =>
        (_minutes, _candidates, _posts) = (minutes, candidates, posts);

    public static async Task<ImportOwners> LoadAsync(AppDbContext db, ParsedMinutes minutes, CancellationToken ct)
    {
        var day = minutes.Date ?? DateOnly.MinValue;
        // People are a few hundred rows: compared here, names match whatever their case, which SQLite's = would not do.
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var posts = await db.Posts.AsNoTracking().Select(p => new
        {
            p.Id, p.Abbreviation, p.Title,
            Holdings = p.Holdings.Where(h => h.From <= day && (h.To == null || h.To >= day)).OrderBy(h => h.IsActing)
                .Select(h => new { h.PersonId, h.Person!.Name, h.IsActing }).ToList(),
        }).ToListAsync(ct);

        var candidates = minutes.Attendees.Select((a, index) =>
        {
            var person = people.FirstOrDefault(p => string.Equals(p.Name, a.Name.Trim(), StringComparison.OrdinalIgnoreCase));
            var held = person is null
                ? posts.Where(p => SamePost(p.Abbreviation, p.Title, a)).Select(p => new HeldPost(p.Id, p.Abbreviation, p.Title, IsActing(a)))
                : posts.SelectMany(p => p.Holdings.Where(h => h.PersonId == person.Id).Select(h => new HeldPost(p.Id, p.Abbreviation, p.Title, h.IsActing)));
            return new OwnerCandidate(person?.Id ?? -(index + 1), a.Name, a.Capacity, a.Initials, held.ToList());
        }).ToList();
        return new ImportOwners(minutes, candidates, posts.Select(p => (p.Id, p.Abbreviation, p.Title, p.Holdings.FirstOrDefault()?.Name)).ToList());
    }

    public IReadOnlyList<ImportedOwner> Resolve(string? ownerText) =>
        string.IsNullOrWhiteSpace(ownerText) ? [] : OwnerResolver.Resolve(ownerText, _candidates).Select(ToOwner).ToList();

    private ImportedOwner ToOwner(OwnerMatch match) => match switch
    {
        ResolvedOwner { Owner.Choice: { PostId: { } postId } choice } => new(match.OwnerText, PostAbbreviation(postId), HolderOf(postId), choice, null, null),
        ResolvedOwner { Owner.Choice: { PersonId: { } personId } choice } => Person(match.OwnerText, personId, choice),
        AmbiguousOwner ambiguous => Unrecognised(match.OwnerText,
            $"“{match.OwnerText}” could be {string.Join(" or ", ambiguous.Choices.Select(c => c.Label))}: recorded as written; choose the owner on the action."),
        _ => PostNotInTheRoom(match.OwnerText) ?? Unrecognised(match.OwnerText,
            $"“{match.OwnerText}” is nobody at this meeting and no post: recorded as written, as a named owner."),
    };

    private ImportedOwner Person(string written, int personId, OwnerChoice choice)
    {
        var candidate = _candidates.First(c => c.PersonId == personId);
        var index = _candidates.IndexOf(candidate);
        var initials = _minutes.Attendees[index].Initials;
        // "ACC RJ" names Rachel Jones by her post as minuted; "RJ" by her initials only.
        var post = initials is not null && Words(written).Contains(initials, StringComparer.OrdinalIgnoreCase) && !IsNameInitials(initials, candidate.Name) ? initials : null;
        return new ImportedOwner(written, post, candidate.Name, personId > 0 ? choice : null, personId > 0 ? null : index, null);
    }

    private ImportedOwner? PostNotInTheRoom(string written)
    {
        var words = Words(written);
        var post = _posts.FirstOrDefault(p => words.Any(w => string.Equals(ActingPrefix().Replace(w, ""), p.Abbreviation, StringComparison.OrdinalIgnoreCase))
            || string.Equals(written.Trim(), p.Title, StringComparison.OrdinalIgnoreCase));
        return post.Abbreviation is null ? null : new ImportedOwner(written, post.Abbreviation, post.Holder, OwnerChoice.Post(post.PostId), null, null);
    }

    private static ImportedOwner Unrecognised(string written, string problem) => new(written, null, null, OwnerChoice.Body(written.Trim()), null, problem);

    private string PostAbbreviation(int postId) => _posts.First(p => p.PostId == postId).Abbreviation;

    private string? HolderOf(int postId) =>
        _candidates.FirstOrDefault(c => c.Posts.Any(p => p.PostId == postId))?.Name ?? _posts.First(p => p.PostId == postId).Holder;

    private static bool SamePost(string abbreviation, string title, ParsedAttendee attendee) =>
        string.Equals(ActingPrefix().Replace(attendee.Initials ?? "", ""), abbreviation, StringComparison.OrdinalIgnoreCase)
        || string.Equals(ActingWords().Replace(attendee.Capacity, ""), title, StringComparison.OrdinalIgnoreCase);

    private static bool IsActing(ParsedAttendee attendee) =>
        ActingPrefix().IsMatch(attendee.Initials ?? "") || ActingWords().IsMatch(attendee.Capacity);

    private static bool IsNameInitials(string initials, string name) =>
        string.Equals(initials, string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => n[0])), StringComparison.OrdinalIgnoreCase);

    private static string[] Words(string text) => text.Split([' ', ',', '.', ';'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^[TA]/\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ActingPrefix();

    [GeneratedRegex(@"^(?:[TA]/\s*|Temporary\s+|Acting\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex ActingWords();
}
