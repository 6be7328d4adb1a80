using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;
using ActionTracker.Web.Features.ActionItems.Tracker;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.StartToClose;

/// <summary>
/// The review of outstanding matters at a meeting: what is brought forward (see <see cref="CarryForward"/>), and the
/// editors' decisions on each. The decisions themselves (update, close, defer, new due date) are the action services'
/// own, history row and publishing included; this service adds the meeting's part: only editors, only actions brought
/// forward to this meeting, and deferral only to a later meeting.
/// </summary>
public sealed class BroughtForwardReviewService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    AppClock clock,
    IValidator<CloseBroughtForward> closeValidator,
    ActionItemService actions,
    ActionProgressService progress)
{
    public async Task<IReadOnlyList<BroughtForwardRow>> ListAsync(int meetingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CarryForward.FindAsync(db, meetingId, ct) is not { } meeting)
        {
            return [];
        }

        var rows = await db.ActionItems.AsNoTracking().BroughtForwardTo(meeting)
            .OrderBy(a => a.Meeting!.Date).ThenBy(a => a.MeetingId).ThenBy(a => a.Number)
            .ToRowsAsync(db, ct);
        var today = clock.Today;
        var notReceived = await UpdateNotReceived.FlaggedAsync(db, rows.Select(r => r.Id).ToList(), today, ct);
        return rows.Select(a => new BroughtForwardRow(a.Id, a.Reference, a.Description, OwnerText.Join(a.Owners),
            $"{a.MeetingTitle} ({UkFormat.ShortDate(a.MeetingDate)})", a.DueDate ?? a.TargetMeetingDate, a.TargetMeetingTitle, a.Status,
            a.DeferralCount, a.Version, notReceived.Contains(a.Id), Overdue.Days(a.DueDate ?? a.TargetMeetingDate, a.Status, today))).ToList();
    }

    /// <summary>The meetings an action can be deferred to from this one: after it, and not yet happened, in any series.</summary>
    public async Task<IReadOnlyList<LaterMeeting>> LaterMeetingsAsync(int meetingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var date = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (DateOnly?)m.Date).SingleOrDefaultAsync(ct);
        var today = clock.Today;
        return await db.Meetings.AsNoTracking()
            .Where(m => m.Date > date && m.Date >= today && m.Status == MeetingStatus.Scheduled)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new LaterMeeting(m.Id, m.Title, m.Date, m.Series!.Name))
            .ToListAsync(ct);
    }

    public async Task AddUpdateAsync(int meetingId, AddProgressUpdate input, CancellationToken ct = default)
    {
        await EnsureUnderReviewAsync(meetingId, input.ActionItemId, ct);
        await progress.AddUpdateAsync(input, ct);
    }

    public async Task CloseAsync(int meetingId, CloseBroughtForward input, CancellationToken ct = default)
    {
        await EnsureUnderReviewAsync(meetingId, input.ActionItemId, ct);
        await closeValidator.ValidateAndThrowAsync(input, ct);
        await actions.ChangeStatusAsync(
            new ChangeActionStatus { ActionItemId = input.ActionItemId, Version = input.Version, Status = ActionStatus.Closed, Note = input.Note.Trim() }, ct);
    }

    public async Task DeferAsync(int meetingId, DeferAction input, CancellationToken ct = default)
    {
        await EnsureUnderReviewAsync(meetingId, input.ActionItemId, ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var dates = await db.Meetings.Where(m => m.Id == meetingId || m.Id == input.TargetMeetingId).Select(m => new { m.Id, m.Date }).ToListAsync(ct);
            var thisDate = dates.Single(m => m.Id == meetingId).Date;
            if (input.TargetMeetingId is { } target && dates.SingleOrDefault(m => m.Id == target) is { } chosen && chosen.Date <= thisDate)
            {
                throw new ValidationException([new ValidationFailure(nameof(DeferAction.TargetMeetingId),
                    $"Defer the action to a meeting after this one ({UkFormat.Date(thisDate)}).")]);
            }
        }

        await progress.DeferAsync(input, ct);
    }

    public async Task ChangeDueDateAsync(int meetingId, ChangeDueDate input, CancellationToken ct = default)
    {
        await EnsureUnderReviewAsync(meetingId, input.ActionItemId, ct);
        await progress.ChangeDueDateAsync(input, ct);
    }

    /// <summary>Editors only (an owner updates their action from its own page), and only an action brought forward here.</summary>
    private async Task EnsureUnderReviewAsync(int meetingId, int actionItemId, CancellationToken ct)
    {
        await currentUser.EnsureAsync(Permission.ManageActions);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await CarryForward.FindAsync(db, meetingId, ct);
        if (meeting is null || !await db.ActionItems.BroughtForwardTo(meeting).AnyAsync(a => a.Id == actionItemId, ct))
        {
            throw new ConcurrencyConflictException("This action is no longer among the matters brought forward to this meeting: reload to see the list as it is now.");
        }
    }
}
