namespace ActionTracker.Web.Features.Meetings.QuickEntry;

/// <summary>
/// An action line waiting for the minute-taker's confirmation: what was typed, who each named owner was found to be,
/// and, when the typed number cannot be kept, why.
/// </summary>
public sealed record ActionProposal(ActionLine Line, IReadOnlyList<OwnerMatch> Owners, string? NumberNote);

/// <summary>The proposals for one item's notes, with every owner the meeting offers and the meeting "by next meeting" means.</summary>
public sealed record ProposalSet(IReadOnlyList<ActionProposal> Proposals, IReadOnlyList<OwnerOption> AllOwners, string? NextMeetingTitle)
{
    public static ProposalSet Empty { get; } = new([], [], null);
}
