using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Web.Features.Meetings.QuickEntry;

/// <summary>
/// What the minute-taker has chosen so far for one proposal (owner picks, due date or "by next meeting"). Kept while
/// they go on typing, so a re-parse of the notes does not throw their choices away.
/// </summary>
public sealed class ProposalDraft(ActionProposal proposal, bool byNextMeeting, DateOnly? dueDate)
{
    public ActionProposal Proposal { get; private set; } = proposal;
    public List<OwnerChoice?> Picks { get; private set; } = [.. proposal.Owners.Select(_ => (OwnerChoice?)null)];
    /// <summary>Proposed (the secretariat's period after the meeting) so Confirm needs no date typed; the minute-taker may change it.</summary>
    public DateOnly? DueDate { get; set; } = dueDate;
    public bool ByNextMeeting { get; set; } = byNextMeeting;
    public string? Error { get; set; }
    public bool Busy { get; set; }

    /// <summary>Takes the fresh proposal for the same line; picks stay while the same owners are named, and "by next
    /// meeting" only while there is one (its box is hidden otherwise, and the proposed due date stands in).</summary>
    public void Refresh(ActionProposal fresh, bool hasNextMeeting, DateOnly? defaultDueDate)
    {
        ByNextMeeting &= hasNextMeeting;
        DueDate ??= defaultDueDate;
        if (!fresh.Owners.Select(o => o.OwnerText).SequenceEqual(Proposal.Owners.Select(o => o.OwnerText)))
        {
            Picks = [.. fresh.Owners.Select(_ => (OwnerChoice?)null)];
        }

        Proposal = fresh;
    }

    public ConfirmProposal ToConfirm(int meetingId, int agendaItemId) => new()
    {
        MeetingId = meetingId,
        AgendaItemId = agendaItemId,
        Proposal = Proposal,
        Picks = [.. Picks],
        DueDate = DueDate,
        ByNextMeeting = ByNextMeeting,
    };
}
