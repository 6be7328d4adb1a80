using ActionTracker.Web.Components.Shared.Conflicts;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>Adds an attendee to a meeting (Id 0) or edits one: an existing person, or a new person by name.</summary>
public sealed class SaveAttendee : IVersionedEdit
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public int MeetingId { get; set; }
    public int? PersonId { get; set; }
    public string? NewPersonName { get; set; }
    public string Capacity { get; set; } = "";
    public string? Initials { get; set; }
    public AttendanceStatus Status { get; set; }

    /// <summary>An edit of <paramref name="attendee"/> as it was read.</summary>
    public static SaveAttendee From(int meetingId, AttendeeDto attendee) => new()
    {
        Id = attendee.Id, Version = attendee.Version, MeetingId = meetingId, PersonId = attendee.PersonId,
        Capacity = attendee.Capacity, Initials = attendee.Initials, Status = attendee.Status,
    };
}

public sealed class SaveAttendeeValidator : AbstractValidator<SaveAttendee>
{
    public SaveAttendeeValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(a => a.PersonId).NotNull().When(a => string.IsNullOrWhiteSpace(a.NewPersonName))
            .WithMessage("Choose the person, or type the name of someone new.");
        RuleFor(a => a.NewPersonName).MaximumLength(FieldLimits.Name).WithMessage($"The name must be {FieldLimits.Name} characters or fewer.");
        RuleFor(a => a.Capacity).NotEmpty().WithMessage("Enter the capacity in which they attend, e.g. 'Chief Constable'.")
            .MaximumLength(FieldLimits.Name).WithMessage($"The capacity must be {FieldLimits.Name} characters or fewer.");
        RuleFor(a => a.Initials).MaximumLength(FieldLimits.Abbreviation)
            .WithMessage($"The initials must be {FieldLimits.Abbreviation} characters or fewer.");
        RuleFor(a => a.Status).IsInEnum().WithMessage("Choose present, apologies or observer.");
        RuleFor(a => a.PersonId).MustAsync(async (attendee, personId, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.People.AnyAsync(p => p.Id == personId, ct);
        }).When(a => a.PersonId is not null).WithMessage("That person is not on the system.");
        RuleFor(a => a.PersonId).MustAsync(async (attendee, personId, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return !await db.Attendances.AnyAsync(x => x.MeetingId == attendee.MeetingId && x.PersonId == personId && x.Id != attendee.Id, ct);
        }).When(a => a.PersonId is not null).WithMessage("That person is already on this meeting's attendance list.");
    }
}
