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
/// Resolves the owners of imported actions with quick entry's <see cref="MeetingOwners.Resolve"/>, over the minutes'
/// attendees (people already on the system keep their posts held on the meeting's day), then the other post holders on
/// that day and the posts vacant then: a post named but not in the room ("ACC", "DCC") is the post, as in live capture.
/// </summary>
public sealed partial class ImportOwners
{
    private readonly ParsedMinutes _minutes;
    private readonly MeetingOwners _owners;
    private readonly List<(int PostId, string Abbreviation)> _posts;

    private ImportOwners(ParsedMinutes minutes, MeetingOwners owners, List<(int, string)> posts) =>
        (_minutes, _owners, _posts) = (minutes, owners, posts);

    private IReadOnlyList<OwnerCandidate> Candidates => _owners.Candidates;

    public static async Task<ImportOwners> LoadAsync(AppDbContext db, ParsedMinutes minutes, CancellationToken ct)
    {
        var day = minutes.Date ?? DateOnly.MinValue;
        // People are a few hundred rows: compared here, names match whatever their case, which SQLite's = would not do.
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var posts = await db.Posts.AsNoTracking().Select(p => new { p.Id, p.Abbreviation, p.Title }).ToListAsync(ct);
        var holders = await QuickEntryService.PostHoldersAsync(db, day, ct);

        var candidates = minutes.Attendees.Select((a, index) =>
        {
            var person = people.FirstOrDefault(p => string.Equals(p.Name, a.Name.Trim(), StringComparison.OrdinalIgnoreCase));
            var held = person is null
                ? posts.Where(p => SamePost(p.Abbreviation, p.Title, a)).Select(p => new HeldPost(p.Id, p.Abbreviation, p.Title, IsActing(a))).ToList()
                : holders.GetValueOrDefault(person.Id)?.Posts ?? [];
            return new OwnerCandidate(person?.Id ?? -(index + 1), a.Name, a.Capacity, a.Initials, held);
        }).ToList();
        var outside = holders.Values.Where(h => !candidates.Any(c => c.PersonId == h.PersonId)).ToList();
        var vacant = posts.Where(p => !holders.Values.Any(h => h.Posts.Any(held => held.PostId == p.Id)))
            .Select(p => new HeldPost(p.Id, p.Abbreviation, p.Title, false)).ToList();
        return new ImportOwners(minutes, new MeetingOwners(candidates, outside, vacant, [], null, default), posts.Select(p => (p.Id, p.Abbreviation)).ToList());
    }

    public IReadOnlyList<ImportedOwner> Resolve(string? ownerText) =>
        string.IsNullOrWhiteSpace(ownerText) ? [] : _owners.Resolve(ownerText).Select(ToOwner).ToList();

    private ImportedOwner ToOwner(OwnerMatch match) => match switch
    {
        ResolvedOwner { Owner.Choice: { PostId: { } postId } choice } => new(match.OwnerText, PostAbbreviation(postId), HolderOf(postId), choice, null, null),
        ResolvedOwner { Owner.Choice: { PersonId: { } personId } choice } => Person(match.OwnerText, personId, choice),
        AmbiguousOwner ambiguous => Unrecognised(match.OwnerText,
            $"“{match.OwnerText}” could be {string.Join(" or ", ambiguous.Choices.Select(c => c.Label))}: recorded as written; choose the owner on the action."),
        _ => Unrecognised(match.OwnerText,
            $"“{match.OwnerText}” is nobody at this meeting and no post: recorded as written, as a named owner."),
    };

    private ImportedOwner Person(string written, int personId, OwnerChoice choice)
    {
        if (Candidates.FirstOrDefault(c => c.PersonId == personId) is not { } candidate)
        {
            // Named, by post and name, but not in the room: the post holder on the day, already on the system.
            return new ImportedOwner(written, null, _owners.PostHolders.First(c => c.PersonId == personId).Name, choice, null, null);
        }

        var index = Candidates.ToList().IndexOf(candidate);
        var initials = _minutes.Attendees[index].Initials;
        // "ACC RJ" names Rachel Jones by her post as minuted; "RJ" by her initials only.
        var post = initials is not null && Words(written).Contains(initials, StringComparer.OrdinalIgnoreCase) && !IsNameInitials(initials, candidate.Name) ? initials : null;
        return new ImportedOwner(written, post, candidate.Name, personId > 0 ? choice : null, personId > 0 ? null : index, null);
    }

    private static ImportedOwner Unrecognised(string written, string problem) => new(written, null, null, OwnerChoice.Body(written.Trim()), null, problem);

    private string PostAbbreviation(int postId) => _posts.First(p => p.PostId == postId).Abbreviation;

    private string? HolderOf(int postId) =>
        Candidates.Concat(_owners.PostHolders).FirstOrDefault(c => c.Posts.Any(p => p.PostId == postId))?.Name;

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
