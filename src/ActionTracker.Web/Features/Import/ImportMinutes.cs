using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Meetings;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// "Create the draft meeting": the minutes' text (its hash detects a second import), what was read from it as the
/// secretariat reviewed and corrected it, and the series to file it in (an existing one by name, or a new one).
/// </summary>
public sealed class ImportMinutes
{
    public const int MaxTextLength = 2_000_000;

    public string Text { get; set; } = "";
    public string SourceName { get; set; } = "";
    public string SeriesName { get; set; } = "";
    public ParsedMinutes Minutes { get; set; } = new();
}

public sealed class ImportMinutesValidator : AbstractValidator<ImportMinutes>
{
    public ImportMinutesValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(i => i.Text).NotEmpty().WithMessage("There are no minutes to import: paste their text or choose a file.")
            .MaximumLength(ImportMinutes.MaxTextLength).WithMessage("These minutes are too long to import (over 2 million characters).");
        RuleFor(i => i.SourceName).MaximumLength(FieldLimits.Title).WithMessage($"The file name must be {FieldLimits.Title} characters or fewer.");
        RuleFor(i => i.SeriesName).NotEmpty().WithMessage("Choose the series these minutes belong to, or name a new one.")
            .MaximumLength(FieldLimits.Title).WithMessage($"The series name must be {FieldLimits.Title} characters or fewer.");
        RuleFor(i => i.Minutes.Title).NotEmpty().WithMessage("Enter the meeting's title.")
            .MaximumLength(FieldLimits.Title).WithMessage($"The title must be {FieldLimits.Title} characters or fewer.");
        RuleFor(i => i.Minutes.Date).NotNull().WithMessage("Enter the date of the meeting.");
        RuleFor(i => i.Minutes.StartTime).NotNull().WithMessage("Enter the start time.");
        RuleFor(i => i.Minutes.Chair).NotEmpty().WithMessage("Enter who chaired the meeting.")
            .MaximumLength(FieldLimits.Name).WithMessage($"The chair's name must be {FieldLimits.Name} characters or fewer.");
        RuleFor(i => i.Minutes.MinuteTaker).MaximumLength(FieldLimits.Name).WithMessage($"The minute-taker's name must be {FieldLimits.Name} characters or fewer.");
        RuleFor(i => i.Minutes.Venue).MaximumLength(FieldLimits.Title).WithMessage($"The venue must be {FieldLimits.Title} characters or fewer.");
        RuleFor(i => i.Minutes.Items).NotEmpty().WithMessage("No agenda items were found in these minutes: nothing to import.");
        RuleForEach(i => i.Minutes.Attendees).ChildRules(attendee =>
        {
            attendee.RuleFor(a => a.Name).NotEmpty().WithMessage("Every attendee needs a name: remove the row or enter the name.")
                .MaximumLength(FieldLimits.Name).WithMessage($"An attendee's name must be {FieldLimits.Name} characters or fewer.");
            attendee.RuleFor(a => a.Capacity).MaximumLength(FieldLimits.Title).WithMessage($"A capacity must be {FieldLimits.Title} characters or fewer.");
            attendee.RuleFor(a => a.Initials).MaximumLength(FieldLimits.Abbreviation).WithMessage($"Initials must be {FieldLimits.Abbreviation} characters or fewer.");
            attendee.RuleFor(a => a.Status).IsInEnum().WithMessage("Choose present, apologies or observer.");
        });
        RuleForEach(i => i.Minutes.Items).ChildRules(item =>
        {
            item.RuleFor(x => x.Number).Must(AgendaNumber.IsWellFormed).WithMessage(x => $"“{x.Number}” is not an item number like 1, 1.1 or 5a.");
            item.RuleFor(x => x.Title).NotEmpty().MaximumLength(FieldLimits.Title).WithMessage(x => $"Item {x.Number} needs a title of {FieldLimits.Title} characters or fewer.");
            item.RuleFor(x => x.Notes).MaximumLength(FieldLimits.Notes).WithMessage(x => $"Item {x.Number}'s notes are over {FieldLimits.Notes:N0} characters.");
        });
        RuleForEach(i => i.Minutes.Actions).ChildRules(action => action.RuleFor(a => a.Description)
            .MaximumLength(FieldLimits.LongText).WithMessage(a => $"Action {a.Number} is over {FieldLimits.LongText:N0} characters."));
        RuleFor(i => i).CustomAsync(async (input, context, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var hash = ImportFingerprint.Of(input.Text);
            var earlier = await db.MinutesImports.AsNoTracking().Where(m => m.ContentHash == hash)
                .Select(m => new { m.MeetingId, m.Meeting!.Title }).FirstOrDefaultAsync(ct);
            if (earlier is not null)
            {
                context.AddFailure(nameof(input.Text), ImportFingerprint.AlreadyImported(earlier.MeetingId, earlier.Title));
            }
        });
    }
}
