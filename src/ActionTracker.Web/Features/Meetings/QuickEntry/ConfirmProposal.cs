using ActionTracker.Web.Data;
using ActionTracker.Web.Features.ActionItems;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.QuickEntry;

/// <summary>
/// The minute-taker's "yes" to a proposal: <see cref="Picks"/> holds, at each owner's position, the choice made for an
/// owner that was not recognised or fits several people (null where the resolved owner stands).
/// </summary>
public sealed class ConfirmProposal
{
    public int MeetingId { get; set; }
    public int AgendaItemId { get; set; }
    public ActionProposal? Proposal { get; set; }
    public List<OwnerChoice?> Picks { get; set; } = [];
    public DateOnly? DueDate { get; set; }
    public bool ByNextMeeting { get; set; }

    /// <summary>The owners to save: each pick, or else the owner that was recognised.</summary>
    public IReadOnlyList<OwnerChoice?> Owners() => Proposal is null ? [] : Proposal.Owners
        .Select((match, i) => Picks.ElementAtOrDefault(i) ?? (match as ResolvedOwner)?.Owner.Choice).ToList();
}

public sealed class ConfirmProposalValidator : AbstractValidator<ConfirmProposal>
{
    public ConfirmProposalValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(c => c.Proposal).NotNull().WithMessage("There is no proposed action to confirm.");
        RuleFor(c => c).Custom((confirm, context) =>
        {
            var owners = confirm.Owners();
            for (var i = 0; i < owners.Count; i++)
            {
                if (owners[i] is null || !owners[i]!.HasExactlyOne)
                {
                    context.AddFailure(nameof(confirm.Picks), AskFor(confirm.Proposal!.Owners[i]));
                }
            }
        });
        RuleFor(c => c.DueDate).NotNull().When(c => !c.ByNextMeeting).WithMessage("Give a due date, or choose “by next meeting”.");
        RuleFor(c => c).CustomAsync(async (confirm, context, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (confirm.ByNextMeeting && await QuickEntryService.NextMeetingAsync(db, confirm.MeetingId, ct) is null)
            {
                context.AddFailure(nameof(confirm.ByNextMeeting), "This meeting has no next meeting yet: give a due date instead.");
            }

            var raised = await db.ActionItems.Where(a => a.AgendaItemId == confirm.AgendaItemId).Select(a => a.Description).ToListAsync(ct);
            if (confirm.Proposal is { } proposal && raised.Any(proposal.Line.IsRaisedAs))
            {
                context.AddFailure(nameof(confirm.Proposal), "This action has already been raised under this item.");
            }
        });
    }

    /// <summary>What the minute-taker is asked when an owner was not settled.</summary>
    public static string AskFor(OwnerMatch match) => match switch
    {
        AmbiguousOwner ambiguous => $"“{ambiguous.OwnerText}” could be more than one person: choose which one owns this action.",
        { OwnerText.Length: 0 } => "No owner was named: choose who owns this action.",
        _ => $"Owner not recognised: “{match.OwnerText}”. Choose who owns this action.",
    };
}
