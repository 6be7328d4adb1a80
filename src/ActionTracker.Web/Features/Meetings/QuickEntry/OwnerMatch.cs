using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Web.Features.Meetings.QuickEntry;

/// <summary>A post an attendee holds today; acting (T/ or A/) holdings are marked.</summary>
public sealed record HeldPost(int PostId, string Abbreviation, string Title, bool IsActing)
{
    public string Label(string holder) => $"{Abbreviation} – {Title} ({holder}{(IsActing ? ", acting" : "")})";
}

/// <summary>Someone at this meeting who could own an action: as minuted (capacity, initials) and the posts they hold today.</summary>
public sealed record OwnerCandidate(int PersonId, string Name, string Capacity, string? Initials, IReadOnlyList<HeldPost> Posts)
{
    public OwnerOption AsPerson => new(OwnerChoice.Person(PersonId), Initials is null ? Name : $"{Name} ({Initials})");
}

/// <summary>An owner that can be chosen, with the words a person sees for it.</summary>
public sealed record OwnerOption(OwnerChoice Choice, string Label);

/// <summary>What one owner named in an action line was found to be. Only <see cref="ResolvedOwner"/> may be saved without asking.</summary>
public abstract record OwnerMatch(string OwnerText);

public sealed record ResolvedOwner(string OwnerText, OwnerOption Owner) : OwnerMatch(OwnerText);

/// <summary>The words fit more than one attendee (two of the same surname, or "ACC Cooper" when Cooper is not the ACC).</summary>
public sealed record AmbiguousOwner(string OwnerText, IReadOnlyList<OwnerOption> Choices) : OwnerMatch(OwnerText);

/// <summary>The words fit nobody at this meeting, or no owner was named at all (empty text).</summary>
public sealed record UnresolvedOwner(string OwnerText) : OwnerMatch(OwnerText);

/// <summary>
/// Who can own an action raised at a meeting: its attendees (<see cref="Candidates"/>) and, for an owner named by post but
/// not in the room, everyone else holding a post on the meeting's day (<see cref="PostHolders"/>) and the posts nobody
/// held that day (<see cref="VacantPosts"/>). Also the meeting "by
/// next meeting" means (none scheduled: null) and the due date an action takes when nobody gives one: the next meeting's
/// date, or the secretariat's period after this meeting.
/// </summary>
public sealed record MeetingOwners(
    IReadOnlyList<OwnerCandidate> Candidates, IReadOnlyList<OwnerCandidate> PostHolders, IReadOnlyList<HeldPost> VacantPosts,
    IReadOnlyList<OwnerOption> All, NextMeetingOption? NextMeeting, DateOnly DefaultDueDate)
{
    /// <summary>Nobody, before the meeting is read (or when it no longer exists).</summary>
    public static MeetingOwners None { get; } = new([], [], [], [], null, default);

    /// <summary>Who the typed words name: attendees first, then other post holders on the day, then a post vacant that day.</summary>
    public IReadOnlyList<OwnerMatch> Resolve(string? ownerText) => OwnerResolver.Resolve(ownerText, Candidates, PostHolders, VacantPosts);
}

public sealed record NextMeetingOption(int Id, string Title, DateOnly Date);
