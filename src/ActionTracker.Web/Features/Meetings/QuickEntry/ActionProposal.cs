namespace ActionTracker.Web.Features.Meetings.QuickEntry;

/// <summary>
/// An action line waiting for the minute-taker's confirmation: what was typed, who each named owner was found to be,
/// and, when the typed number cannot be kept, why.
/// </summary>
public sealed record ActionProposal(ActionLine Line, IReadOnlyList<OwnerMatch> Owners, string? NumberNote);

/// <summary>The proposals for one item's notes, with every owner the meeting offers, the meeting "by next meeting" means
/// and the due date proposed when there is no next meeting (so a proposal can be confirmed without touching the date).</summary>
public sealed record ProposalSet(IReadOnlyList<ActionProposal> Proposals, IReadOnlyList<OwnerOption> AllOwners, string? NextMeetingTitle, DateOnly? DefaultDueDate)
{
    public static ProposalSet Empty { get; } = new([], [], null, null);
}
