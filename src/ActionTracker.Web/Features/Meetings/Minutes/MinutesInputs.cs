using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>Agrees a meeting's minutes as a true record at <see cref="AgreedAtMeetingId"/>, normally the next meeting.</summary>
public sealed class ApproveMinutes
{
    public int MeetingId { get; set; }
    public Guid Version { get; set; }
    public int? AgreedAtMeetingId { get; set; }
}

/// <summary>Publishes approved minutes to the public pages.</summary>
public sealed record PublishMinutes(int MeetingId, Guid Version);

/// <summary>A correction to approved minutes, with its reason; <see cref="AgendaItemId"/> null for the minutes as a whole.</summary>
public sealed class AmendMinutes
{
    public int MeetingId { get; set; }
    public int? AgendaItemId { get; set; }
    public string Correction { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class ApproveMinutesValidator : AbstractValidator<ApproveMinutes>
{
    public ApproveMinutesValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(a => a.MeetingId).MustAsync(async (id, ct) => await MinutesStatus.OfAsync(dbFactory, id, ct) is MeetingStatus.Held or MeetingStatus.MinutesDraft)
            .WithMessage("Only the draft minutes of a meeting that has been held can be approved; these are not a draft.");
        RuleFor(a => a.AgreedAtMeetingId).NotNull().WithMessage("Choose the meeting at which the minutes were agreed as a true record.")
            .MustAsync(async (approval, atId, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var dates = await db.Meetings.Where(m => m.Id == approval.MeetingId || m.Id == atId)
                    .Select(m => new { m.Id, m.Date }).ToDictionaryAsync(m => m.Id, m => m.Date, ct);
                return atId != approval.MeetingId && dates.TryGetValue(atId!.Value, out var at)
                    && dates.TryGetValue(approval.MeetingId, out var minuted) && at >= minuted;
            })
            .When(a => a.AgreedAtMeetingId is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The minutes are agreed at a later meeting: choose one held on or after this meeting's date.");
    }
}

public sealed class PublishMinutesValidator : AbstractValidator<PublishMinutes>
{
    public PublishMinutesValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(p => p.MeetingId).CustomAsync(async (id, context, ct) =>
        {
            switch (await MinutesStatus.OfAsync(dbFactory, id, ct))
            {
                case MeetingStatus.Published:
                    context.AddFailure("These minutes are already published.");
                    break;
                case not MeetingStatus.MinutesAgreed:
                    context.AddFailure("These minutes have not been approved as a true record: approve them at the next meeting before publishing.");
                    break;
            }
        });
    }
}

public sealed class AmendMinutesValidator : AbstractValidator<AmendMinutes>
{
    public AmendMinutesValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(a => a.Correction).NotEmpty().WithMessage("Enter the correction to the minutes.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The correction must be {FieldLimits.LongText} characters or fewer.");
        RuleFor(a => a.Reason).NotEmpty().WithMessage("Enter the reason for the correction.")
            .MaximumLength(FieldLimits.LongText).WithMessage($"The reason must be {FieldLimits.LongText} characters or fewer.");
        RuleFor(a => a.MeetingId).MustAsync(async (id, ct) => await MinutesStatus.OfAsync(dbFactory, id, ct) is MeetingStatus.MinutesAgreed or MeetingStatus.Published)
            .WithMessage("Draft minutes are corrected in place: amendments are for minutes already approved.");
        RuleFor(a => a.AgendaItemId).MustAsync(async (amendment, itemId, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return await db.AgendaItems.AnyAsync(i => i.Id == itemId && i.MeetingId == amendment.MeetingId, ct);
            })
            .When(a => a.AgendaItemId is not null).WithMessage("That item is not in these minutes.");
    }
}

/// <summary>Where a meeting's minutes stand, read afresh: null when there is no such meeting.</summary>
public static class MinutesStatus
{
    public static async Task<MeetingStatus?> OfAsync(IDbContextFactory<AppDbContext> dbFactory, int meetingId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OfAsync(db, meetingId, ct);
    }

    public static Task<MeetingStatus?> OfAsync(AppDbContext db, int meetingId, CancellationToken ct) =>
        db.Meetings.Where(m => m.Id == meetingId).Select(m => (MeetingStatus?)m.Status).SingleOrDefaultAsync(ct);

    public static bool IsApproved(MeetingStatus status) => status is MeetingStatus.MinutesAgreed or MeetingStatus.Published;
}
