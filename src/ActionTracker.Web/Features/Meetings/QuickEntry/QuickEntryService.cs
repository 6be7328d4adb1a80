using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Settings;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.QuickEntry;

/// <summary>
/// Turns action lines typed in an item's notes into proposals, and a confirmed proposal into an action. Raising goes
/// through <see cref="ActionItemService.SaveAsync"/>, so permissions, validation, numbering, history and the live update
/// are the ones every other way of raising an action has.
/// </summary>
public sealed class QuickEntryService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<ConfirmProposal> confirmValidator,
    ActionItemService actions,
    CurrentUser currentUser)
{
    /// <summary>The action lines in <paramref name="notes"/> not raised yet, numbered as they would be; lines the
    /// minute-taker <paramref name="setAside"/> as not actions are left out, so the numbers after them stay right.</summary>
    public async Task<ProposalSet> ProposeAsync(
        int meetingId, int agendaItemId, string? notes, IReadOnlySet<ActionLine>? setAside = null, CancellationToken ct = default)
    {
        var lines = ActionLineParser.Parse(notes).Where(line => setAside?.Contains(line) != true).ToList();
        if (lines.Count == 0)
        {
            return ProposalSet.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owners = await OwnersAsync(db, meetingId, ct);
        var raised = await db.ActionItems.AsNoTracking().Where(a => a.AgendaItemId == agendaItemId).Select(a => a.Description).ToListAsync(ct);
        var nextNumber = (await db.ActionItems.Where(a => a.MeetingId == meetingId).MaxAsync(a => (int?)a.Number, ct) ?? 0) + 1;

        var proposals = lines.Where(line => !raised.Any(line.IsRaisedAs))
            .Select((line, i) => new ActionProposal(line, owners.Resolve(line.OwnerText), NumberNote(line.Number, nextNumber + i)))
            .ToList();
        return new ProposalSet(proposals, owners.All, owners.NextMeeting?.Title, owners.DefaultDueDate);
    }

    /// <summary>Raises the confirmed action and returns its id; refused, with nothing saved, while an owner is unsettled.</summary>
    public async Task<int> ConfirmAsync(ConfirmProposal input, CancellationToken ct = default)
    {
        // Permission before the lookups: someone who may not raise actions is refused, not told what is wrong with the line.
        await currentUser.EnsureAsync(Permission.ManageActions);
        await confirmValidator.ValidateAndThrowAsync(input, ct);
        int? nextMeetingId = null;
        if (input.ByNextMeeting)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            nextMeetingId = (await NextMeetingAsync(db, input.MeetingId, ct))!.Id; // the validator made sure there is one
        }

        return await actions.SaveAsync(new SaveActionItem
        {
            MeetingId = input.MeetingId,
            AgendaItemId = input.AgendaItemId,
            Description = input.Proposal!.Line.Description,
            Owners = input.Owners().OfType<OwnerChoice>().Distinct().ToList(),
            DueDate = input.ByNextMeeting ? null : input.DueDate,
            TargetMeetingId = nextMeetingId,
        }, ct);
    }

    /// <summary>
    /// Who can own an action raised at this meeting (its attendees and the posts they hold on its day, then other post
    /// holders, as candidates for typed words and as a list to pick from), the meeting "by next meeting" means and the
    /// due date proposed by default.
    /// </summary>
    public async Task<MeetingOwners> OwnersAsync(int meetingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OwnersAsync(db, meetingId, ct);
    }

    private static async Task<MeetingOwners> OwnersAsync(AppDbContext db, int meetingId, CancellationToken ct)
    {
        var date = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (DateOnly?)m.Date).SingleOrDefaultAsync(ct);
        if (date is not { } day)
        {
            return MeetingOwners.None;
        }

        var holders = await PostHoldersAsync(db, day, ct);
        var attendees = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.Id)
            .Select(a => new { a.PersonId, a.Person!.Name, a.Capacity, a.Initials }).ToListAsync(ct);
        var candidates = attendees.DistinctBy(a => a.PersonId)
            .Select(a => new OwnerCandidate(a.PersonId, a.Name, a.Capacity, a.Initials, holders.GetValueOrDefault(a.PersonId)?.Posts ?? []))
            .ToList();
        var outside = holders.Values.Where(h => !candidates.Any(c => c.PersonId == h.PersonId)).ToList();
        var vacant = await db.Posts.AsNoTracking().Where(p => !p.Holdings.Any(h => h.From <= day && (h.To == null || h.To >= day)))
            .OrderBy(p => p.Abbreviation).Select(p => new HeldPost(p.Id, p.Abbreviation, p.Title, false)).ToListAsync(ct);

        // Every post (with its holder on the day, or vacant), then the attendees themselves.
        var all = candidates.Concat(outside).SelectMany(c => c.Posts.Select(p => new OwnerOption(OwnerChoice.Post(p.PostId), p.Label(c.Name))))
            .Concat(vacant.Select(p => new OwnerOption(OwnerChoice.Post(p.PostId), p.Label("vacant"))))
            .OrderBy(o => o.Label, StringComparer.OrdinalIgnoreCase)
            .Concat(candidates.Select(c => c.AsPerson).OrderBy(o => o.Label, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var next = await NextMeetingAsync(db, meetingId, ct);
        var due = next?.Date ?? day.AddDays(await SettingsService.DueDaysAsync(db, ct));
        return new MeetingOwners(candidates, outside, vacant, all, next, due);
    }

    /// <summary>
    /// What "by next meeting" means: the meeting scheduled as this one's next; failing that, the next one of the same
    /// series by date. The one rule for proposing, validating and saving.
    /// </summary>
    internal static async Task<NextMeetingOption?> NextMeetingAsync(AppDbContext db, int meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new { m.SeriesId, m.Date, m.NextMeetingId }).SingleOrDefaultAsync(ct);
        if (meeting is null)
        {
            return null;
        }

        return await db.Meetings.AsNoTracking()
            .Where(m => m.Id == meeting.NextMeetingId || (meeting.NextMeetingId == null && m.SeriesId == meeting.SeriesId && m.Date > meeting.Date))
            .OrderBy(m => m.Date)
            .Select(m => new NextMeetingOption(m.Id, m.Title, m.Date))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Everyone holding a post on <paramref name="day"/>, with the posts each holds (acting holdings marked).</summary>
    internal static async Task<Dictionary<int, OwnerCandidate>> PostHoldersAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var holdings = await db.PostHoldings.AsNoTracking()
            .Where(h => h.From <= day && (h.To == null || h.To >= day))
            .OrderBy(h => h.Id)
            .Select(h => new { h.PersonId, h.Person!.Name, Post = new HeldPost(h.PostId, h.Post!.Abbreviation, h.Post.Title, h.IsActing) })
            .ToListAsync(ct);
        return holdings.GroupBy(h => h.PersonId).ToDictionary(g => g.Key, g => new OwnerCandidate(
            g.Key, g.First().Name, string.Join(", ", g.Select(h => h.Post.Title)), null, g.Select(h => h.Post).ToList()));
    }

    private static string? NumberNote(int? typed, int willBe) => typed is { } number && number != willBe
        ? $"Typed as Action {number}; it will be Action {willBe}, because actions are numbered in the order they are raised at this meeting."
        : null;
}
