using ActionTracker.Web.Components.Shared.Conflicts;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings.Minutes;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>Creates a meeting (Id 0) or edits one (Id and the Version that was read).</summary>
public sealed class SaveMeeting : IVersionedEdit
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    /// <summary>An existing series, or 0 to start a new one named <see cref="NewSeriesName"/>.</summary>
    public int SeriesId { get; set; }
    public string? NewSeriesName { get; set; }
    public MeetingType Type { get; set; }
    public string Title { get; set; } = "";
    public DateOnly? Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public bool IsVirtual { get; set; }
    public string? Venue { get; set; }
    /// <summary>A person on the system, or 0 for someone new named <see cref="NewChairName"/> (typed in when the meeting is set up).</summary>
    public int? ChairId { get; set; }
    public string? NewChairName { get; set; }
    public int? MinuteTakerId { get; set; }
    public MeetingStatus Status { get; set; }

    /// <summary>An edit of <paramref name="m"/> as it was read.</summary>
    public static SaveMeeting From(MeetingDetails m) => new()
    {
        Id = m.Id, Version = m.Version, SeriesId = m.SeriesId, Type = m.Type, Title = m.Title, Date = m.Date, StartTime = m.StartTime,
        EndTime = m.EndTime, IsVirtual = m.IsVirtual, Venue = m.Venue, ChairId = m.ChairId, MinuteTakerId = m.MinuteTakerId, Status = m.Status,
    };
}

public sealed class SaveMeetingValidator : AbstractValidator<SaveMeeting>
{
    public SaveMeetingValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the meeting's title or theme.")
            .MaximumLength(FieldLimits.Title).WithMessage($"The title must be {FieldLimits.Title} characters or fewer.");
        RuleFor(m => m.Type).IsInEnum().WithMessage("Choose the type of meeting.");
        RuleFor(m => m.Status).IsInEnum().WithMessage("Choose the meeting's status.")
            .Must(status => !MinutesStatus.IsApproved(status)).WithMessage(MeetingStatusRules.ApprovedElsewhere);
        RuleFor(m => m.Date).NotNull().WithMessage("Enter the date of the meeting.");
        RuleFor(m => m.StartTime).NotNull().WithMessage("Enter the start time.");
        RuleFor(m => m.EndTime).GreaterThan(m => m.StartTime).When(m => m.EndTime is not null && m.StartTime is not null)
            .WithMessage("The end time must be after the start time.");
        RuleFor(m => m.Venue).NotEmpty().When(m => !m.IsVirtual).WithMessage("Enter the venue, or tick 'Virtual meeting'.")
            .MaximumLength(FieldLimits.Title).WithMessage($"The venue must be {FieldLimits.Title} characters or fewer.");
        RuleFor(m => m.NewSeriesName).NotEmpty().When(m => m.SeriesId == 0)
            .WithMessage("Choose a series, or name a new one.")
            .MaximumLength(FieldLimits.Title).WithMessage($"The series name must be {FieldLimits.Title} characters or fewer.");
        RuleFor(m => m.SeriesId)
            .MustAsync(async (id, ct) => { await using var db = await dbFactory.CreateDbContextAsync(ct); return await db.MeetingSeries.AnyAsync(s => s.Id == id, ct); })
            .When(m => m.SeriesId != 0).WithMessage("That series no longer exists.");
        RuleFor(m => m.NewSeriesName)
            .MustAsync(async (name, ct) => { await using var db = await dbFactory.CreateDbContextAsync(ct); return !await db.MeetingSeries.AnyAsync(s => s.Name == name!.Trim(), ct); })
            .When(m => m.SeriesId == 0 && !string.IsNullOrWhiteSpace(m.NewSeriesName))
            .WithMessage("A series with that name already exists: choose it from the list.");
        RuleFor(m => m.Status).MustAsync(async (meeting, status, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var current = await db.Meetings.Where(x => x.Id == meeting.Id).Select(x => (MeetingStatus?)x.Status).SingleOrDefaultAsync(ct);
            return current is null || MeetingStatusRules.CanMove(current.Value, status);
        }).When(m => m.Id != 0).WithMessage("A meeting's status moves one step at a time: scheduled, in session, held, minutes in draft, minutes agreed, published.");
        RuleFor(m => m.ChairId).NotNull().WithMessage("Choose who chairs the meeting.")
            .MustAsync((id, ct) => PersonExistsAsync(dbFactory, id, ct)).When(m => m.ChairId is not (null or 0), ApplyConditionTo.CurrentValidator)
            .WithMessage("The chair must be a person on the system.");
        RuleFor(m => m.NewChairName).NotEmpty().When(m => m.ChairId == 0).WithMessage("Type the chair's name, or choose them from the list.")
            .MaximumLength(FieldLimits.Name).WithMessage($"The name must be {FieldLimits.Name} characters or fewer.");
        RuleFor(m => m.MinuteTakerId)
            .MustAsync((id, ct) => PersonExistsAsync(dbFactory, id, ct)).When(m => m.MinuteTakerId is not null)
            .WithMessage("The minute-taker must be a person on the system.");
    }

    private static async Task<bool> PersonExistsAsync(IDbContextFactory<AppDbContext> dbFactory, int? id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.People.AnyAsync(p => p.Id == id, ct);
    }
}
