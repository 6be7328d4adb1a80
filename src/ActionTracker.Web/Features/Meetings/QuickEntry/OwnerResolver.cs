using System.Text.RegularExpressions;
using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Web.Features.Meetings.QuickEntry;

/// <summary>
/// Works out who "CC", "T/CC", "Cooper", "ACC Cooper", "RJ and CR" or "Deputy Chief Constable" means among this meeting's
/// attendees and, failing them, among everyone else holding a post on the meeting's day (minutes give actions to the ACC
/// or DCC who was not in the room). A post's abbreviation alone gives the post (ownership stays with the post when its
/// holder changes); any name gives the person. Several owners come back as several matches. When the words fit more than
/// one person, or nobody, it says so: it never picks one.
/// </summary>
public static partial class OwnerResolver
{
    /// <param name="ownerText">The words naming the owner or owners.</param>
    /// <param name="candidates">The meeting's attendees: asked first, so the people in the room win.</param>
    /// <param name="postHolders">Everyone else holding a post on the meeting's day.</param>
    /// <param name="vacantPosts">The posts nobody held that day: named alone ("ACC"), the post still owns the action.</param>
    public static IReadOnlyList<OwnerMatch> Resolve(
        string? ownerText, IReadOnlyList<OwnerCandidate> candidates, IReadOnlyList<OwnerCandidate>? postHolders = null, IReadOnlyList<HeldPost>? vacantPosts = null)
    {
        if (string.IsNullOrWhiteSpace(ownerText))
        {
            return [new UnresolvedOwner("")];
        }

        var text = ownerText.Trim();
        var parts = Separators().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var matches = parts.Select(part => ResolveOne(part, candidates) switch
        {
            UnresolvedOwner unresolved => ResolveOne(part, postHolders ?? []) is { } outside and not UnresolvedOwner
                ? outside
                : (OwnerMatch?)Vacant(part, vacantPosts ?? []) ?? unresolved,
            var match => match,
        }).ToList();

        // "Force and PCC leads" names one body, not two people: when no part is anyone, ask about the words as typed.
        return matches.Count > 1 && matches.All(m => m is UnresolvedOwner) ? [new UnresolvedOwner(text)] : matches;
    }

    private static ResolvedOwner? Vacant(string text, IReadOnlyList<HeldPost> vacantPosts)
    {
        var key = Acting().Replace(Leading().Replace(text.Trim().TrimEnd('.', ',', ';'), ""), "");
        return vacantPosts.FirstOrDefault(p => Same(p.Abbreviation, Role(key)) || Same(p.Title, key)) is { } post
            ? new ResolvedOwner(text, new OwnerOption(OwnerChoice.Post(post.PostId), post.Label("vacant")))
            : null;
    }

    private static OwnerMatch ResolveOne(string text, IReadOnlyList<OwnerCandidate> candidates)
    {
        var key = Leading().Replace(text.Trim().TrimEnd('.', ',', ';'), "");
        var whole = candidates.Where(c => WholeMatches(c, key)).ToList();
        if (whole.Count > 0)
        {
            return Decide(text, whole, whole.Count == 1 ? PostTitled(whole[0], key) : null);
        }

        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var perWord = words.Select(w => candidates.Where(c => WordMatches(c, w)).ToList()).ToList();
        if (words.Length == 0 || perWord.Any(m => m.Count == 0))
        {
            return new UnresolvedOwner(text);
        }

        var everyWord = candidates.Where(c => perWord.All(m => m.Contains(c))).ToList();
        if (everyWord.Count == 0)
        {
            // The words point at different people: ask which was meant.
            return new AmbiguousOwner(text, perWord.SelectMany(m => m).Distinct().Select(c => c.AsPerson).ToList());
        }

        // Only a post's abbreviation was typed ("CC", "T/CC"): the post is the owner, not whoever holds it today — also when
        // the post has two holders (two ACCs).
        var post = words.Length == 1 ? SharedPost(everyWord, words[0]) : null;
        return Decide(text, everyWord, post);
    }

    private static HeldPost? SharedPost(List<OwnerCandidate> matched, string word) =>
        matched.Select(c => PostAbbreviated(c, word)).ToList() is var posts && posts.All(p => p is not null) && posts.DistinctBy(p => p!.PostId).Count() == 1
            ? posts[0]
            : null;

    private static OwnerMatch Decide(string text, List<OwnerCandidate> matched, HeldPost? post) => matched.Count switch
    {
        _ when post is not null => new ResolvedOwner(text, new OwnerOption(OwnerChoice.Post(post.PostId), post.Label(string.Join(", ", matched.Select(c => c.Name))))),
        1 => new ResolvedOwner(text, matched[0].AsPerson),
        _ => new AmbiguousOwner(text, matched.Select(c => c.AsPerson).ToList()),
    };

    private static bool WholeMatches(OwnerCandidate c, string key) =>
        Same(c.Name, key) || Same(Acting().Replace(c.Capacity, ""), Acting().Replace(key, "")) || PostTitled(c, key) is not null;

    private static bool WordMatches(OwnerCandidate c, string word) =>
        c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(n => Same(n.TrimEnd('.', ','), word))
        || Same(Initials(c.Name), word)
        || (c.Initials is { } initials && Same(Role(initials), Role(word)))
        || PostAbbreviated(c, word) is not null;

    private static HeldPost? PostAbbreviated(OwnerCandidate c, string word) => c.Posts.FirstOrDefault(p => Same(p.Abbreviation, Role(word)));

    private static HeldPost? PostTitled(OwnerCandidate c, string key) =>
        c.Posts.FirstOrDefault(p => Same(p.Title, Acting().Replace(key, "")));

    /// <summary>"T/CC", "A/ CC" and "CC" are the same role: the prefix only says the holding is temporary or acting.</summary>
    private static string Role(string abbreviation) => ActingPrefix().Replace(abbreviation.Trim(), "");

    private static string Initials(string name) => string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => n[0]));

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s*(?:,|\band\b|&|\s/\s)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?:Temporary|Acting)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Acting();

    [GeneratedRegex(@"^[TA]/\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ActingPrefix();
}
