using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>
/// The minutes' lifecycle, draft → approved as a true record → published, and the minutes as one document for every format.
/// Only the chair and the secretariat approve, amend and publish; each write validates → saves → publishes a change.
/// </summary>
public sealed class MinutesService(
    IDbContextFactory<AppDbContext> dbFactory,
    MeetingService meetings,
    IValidator<ApproveMinutes> approveValidator,
    IValidator<PublishMinutes> publishValidator,
    IValidator<AmendMinutes> amendValidator,
    IChangeNotifier notifier,
    CurrentUser currentUser,
    AppClock clock)
{
    /// <summary>The minutes for <paramref name="audience"/>, or null: no such meeting, or (for the public) not published.</summary>
    public async Task<MinutesDocument?> GetDocumentAsync(int meetingId, MinutesAudience audience, CancellationToken ct = default)
    {
        var record = await GetRecordAsync(meetingId, ct);
        if (record is null || (audience == MinutesAudience.Public && record.Status != MeetingStatus.Published))
        {
            return null;
        }

        var meeting = await meetings.GetAsync(meetingId, ct: ct);
        return meeting is null ? null : MinutesDocumentBuilder.Build(meeting, record.Standing(audience), record.Amendments, audience);
    }

    /// <summary>Where the minutes stand, with the meetings they may be agreed at: what the meeting page's minutes panel shows.</summary>
    public async Task<MinutesRecord?> GetRecordAsync(int meetingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new
            {
                m.Id, m.SeriesId, m.Date, m.Status, m.Version, m.NextMeetingId, m.MinutesApproval,
                AgreedAt = m.MinutesApproval!.AgreedAtMeeting == null ? null
                    : new MeetingOption(m.MinutesApproval.AgreedAtMeeting.Id, m.MinutesApproval.AgreedAtMeeting.Title, m.MinutesApproval.AgreedAtMeeting.Date),
            })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        // The series' later meetings are where minutes are agreed; a few suffice, the next one first.
        var later = await db.Meetings.AsNoTracking()
            .Where(x => x.SeriesId == row.SeriesId && x.Id != meetingId && x.Date >= row.Date)
            .OrderBy(x => x.Date).Take(6).Select(x => new MeetingOption(x.Id, x.Title, x.Date)).ToListAsync(ct);
        var amendments = await db.MinutesAmendments.AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.Id)
            .Select(a => new MinutesAmendmentRead(a.AgendaItemId, a.Correction, a.Reason, a.MadeBy, a.MadeAtUtc)).ToListAsync(ct);
        var approval = row.MinutesApproval;
        return new MinutesRecord(row.Id, row.SeriesId, row.Date, row.Status, row.Version, approval?.ApprovedBy, approval?.ApprovedAtUtc,
            row.AgreedAt, approval?.PublishedBy, approval?.PublishedAtUtc, row.NextMeetingId, later, amendments);
    }

    public async Task ApproveAsync(ApproveMinutes input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ApproveMinutes);
        await approveValidator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await VersionedRows.FindForEditAsync(db.Meetings, input.MeetingId, input.Version, "meeting", ct);
        meeting.Status = MeetingStatus.MinutesAgreed;
        db.MinutesApprovals.Add(new MinutesApproval
        {
            MeetingId = meeting.Id,
            AgreedAtMeetingId = input.AgreedAtMeetingId,
            ApprovedBy = await currentUser.GetDisplayNameAsync(),
            ApprovedAtUtc = clock.UtcNow,
        });
        await VersionedRows.SaveOrReportConflictAsync(db, "meeting", ct);
        await notifier.PublishAsync(new MeetingChanged(meeting.Id));
    }

    public async Task PublishAsync(PublishMinutes input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ApproveMinutes);
        await publishValidator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await VersionedRows.FindForEditAsync(db.Meetings, input.MeetingId, input.Version, "meeting", ct);
        meeting.Status = MeetingStatus.Published;
        var approval = await db.MinutesApprovals.SingleAsync(a => a.MeetingId == meeting.Id, ct);
        approval.PublishedBy = await currentUser.GetDisplayNameAsync();
        approval.PublishedAtUtc = clock.UtcNow;
        await VersionedRows.SaveOrReportConflictAsync(db, "meeting", ct);
        await notifier.PublishAsync(new MeetingChanged(meeting.Id));
    }

    /// <summary>Adds a correction to approved minutes; the minutes themselves are left as agreed.</summary>
    public async Task AmendAsync(AmendMinutes input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ApproveMinutes);
        await amendValidator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.MinutesAmendments.Add(new MinutesAmendment
        {
            MeetingId = input.MeetingId,
            AgendaItemId = input.AgendaItemId,
            Correction = input.Correction.Trim(),
            Reason = input.Reason.Trim(),
            MadeBy = await currentUser.GetDisplayNameAsync(),
            MadeAtUtc = clock.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(new MeetingChanged(input.MeetingId));
    }
}

public sealed record MeetingOption(int Id, string Title, DateOnly Date)
{
    public string Text => $"{Title}, {UkFormat.Date(Date)}";
}

/// <summary>The lifecycle facts of one meeting's minutes, as stored.</summary>
public sealed record MinutesRecord(
    int MeetingId, int SeriesId, DateOnly Date, MeetingStatus Status, Guid Version, string? ApprovedBy, DateTime? ApprovedAtUtc,
    MeetingOption? AgreedAt, string? PublishedBy, DateTime? PublishedAtUtc, int? NextMeetingId,
    IReadOnlyList<MeetingOption> AgreedAtOptions, IReadOnlyList<MinutesAmendmentRead> Amendments)
{
    /// <summary>The standing in words; staff also see who recorded each step, the public only the meeting and the dates.</summary>
    public MinutesStanding Standing(MinutesAudience audience)
    {
        var staff = audience == MinutesAudience.Staff;
        var approved = ApprovedAtUtc is { } approvedAt
            ? "Agreed as a true record " + (AgreedAt is { } at ? $"at {at.Text}" : $"on {UkFormat.LondonShortDate(approvedAt)}")
                + (staff ? $"; recorded by {ApprovedBy}, {UkFormat.LondonTime(approvedAt)}" : "")
            : null;
        var published = PublishedAtUtc is { } publishedAt
            ? $"Published {(staff ? $"{UkFormat.LondonTime(publishedAt)} by {PublishedBy}" : UkFormat.LondonShortDate(publishedAt))}"
            : null;
        return new MinutesStanding(Status, Date, approved, published);
    }
}
