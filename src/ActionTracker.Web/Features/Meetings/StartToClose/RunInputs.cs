using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.StartToClose;

/// <summary>Opens a scheduled meeting: it is then in session and its outstanding matters are on the agenda.</summary>
public sealed class StartMeeting
{
    public int MeetingId { get; set; }
    public Guid Version { get; set; }
}

/// <summary>Ends a meeting in session and, when asked, schedules the next meeting of its series.</summary>
public sealed class CloseMeeting
{
    public int MeetingId { get; set; }
    public Guid Version { get; set; }
    public bool ScheduleNext { get; set; }
    public MeetingType NextType { get; set; }

    /// <summary>Optional: when left empty, the series' name and the month (<see cref="RunAgenda.TitleFor"/>).</summary>
    public string? NextTitle { get; set; }
    public DateOnly? NextDate { get; set; }
    public TimeOnly? NextStartTime { get; set; }
    public TimeOnly? NextEndTime { get; set; }
    public bool NextIsVirtual { get; set; }
    public string? NextVenue { get; set; }

    /// <summary>This meeting's agenda items the next one repeats (its standing items), by id; numbers and titles are copied.</summary>
    public List<int> CarryItemIds { get; set; } = [];

    /// <summary>This meeting's attendance rows the next one expects again (its regular attendees), by id.</summary>
    public List<int> CarryAttendeeIds { get; set; } = [];
}

public sealed class StartMeetingValidator : AbstractValidator<StartMeeting>
{
    public StartMeetingValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(s => s.MeetingId).CustomAsync(async (id, context, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var status = await db.Meetings.Where(m => m.Id == id).Select(m => (MeetingStatus?)m.Status).SingleOrDefaultAsync(ct);
            if (status is null)
            {
                context.AddFailure("That meeting no longer exists.");
            }
            else if (status != MeetingStatus.Scheduled)
            {
                context.AddFailure($"Only a scheduled meeting can be started; this one is '{MeetingText.StatusName(status.Value).ToLowerInvariant()}'.");
            }
        });
    }
}

public sealed class CloseMeetingValidator : AbstractValidator<CloseMeeting>
{
    public CloseMeetingValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        When(c => c.ScheduleNext, () =>
        {
            RuleFor(c => c.NextType).IsInEnum().WithMessage("Choose the type of the next meeting.");
            RuleFor(c => c.NextTitle).MaximumLength(FieldLimits.Title).WithMessage($"The title must be {FieldLimits.Title} characters or fewer.");
            RuleFor(c => c.NextDate).NotNull().WithMessage("Enter the date of the next meeting.");
            RuleFor(c => c.NextStartTime).NotNull().WithMessage("Enter the next meeting's start time.");
            RuleFor(c => c.NextEndTime).GreaterThan(c => c.NextStartTime).When(c => c.NextEndTime is not null && c.NextStartTime is not null)
                .WithMessage("The end time must be after the start time.");
            RuleFor(c => c.NextVenue).NotEmpty().When(c => !c.NextIsVirtual).WithMessage("Enter the next meeting's venue, or tick 'Virtual meeting'.")
                .MaximumLength(FieldLimits.Title).WithMessage($"The venue must be {FieldLimits.Title} characters or fewer.");
        });
        RuleFor(c => c).CustomAsync(async (close, context, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var meeting = await db.Meetings.Where(m => m.Id == close.MeetingId)
                .Select(m => new { m.Status, m.Date, Next = m.NextMeeting == null ? null : new { m.NextMeeting.Title, m.NextMeeting.Date } })
                .SingleOrDefaultAsync(ct);
            if (meeting is null)
            {
                context.AddFailure(nameof(CloseMeeting.MeetingId), "That meeting no longer exists.");
                return;
            }

            if (meeting.Status != MeetingStatus.InSession)
            {
                context.AddFailure(nameof(CloseMeeting.MeetingId),
                    $"Only a meeting in session can be closed; this one is '{MeetingText.StatusName(meeting.Status).ToLowerInvariant()}'.");
            }

            if (close.ScheduleNext && meeting.Next is { } next)
            {
                context.AddFailure(nameof(CloseMeeting.ScheduleNext),
                    $"The next meeting is already scheduled ({next.Title}, {UkFormat.Date(next.Date)}): close without scheduling another.");
            }

            if (close.ScheduleNext && (!await AllOfAsync(db.AgendaItems.Where(a => a.MeetingId == close.MeetingId).Select(a => a.Id), close.CarryItemIds, ct)
                || !await AllOfAsync(db.Attendances.Where(a => a.MeetingId == close.MeetingId).Select(a => a.Id), close.CarryAttendeeIds, ct)))
            {
                context.AddFailure(nameof(CloseMeeting.CarryItemIds), "An item or attendee to carry over has been removed meanwhile: reload and choose again.");
            }

            if (close.ScheduleNext && close.NextDate <= meeting.Date)
            {
                context.AddFailure(nameof(CloseMeeting.NextDate), $"The next meeting must be after this one ({UkFormat.Date(meeting.Date)}).");
            }
        });
    }

    private static async Task<bool> AllOfAsync(IQueryable<int> ids, List<int> chosen, CancellationToken ct) =>
        chosen.Count == 0 || await ids.CountAsync(id => chosen.Contains(id), ct) == chosen.Distinct().Count();
}
