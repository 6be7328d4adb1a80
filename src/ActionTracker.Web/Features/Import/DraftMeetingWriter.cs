using System.Text.RegularExpressions;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// Writes one reviewed import as a draft meeting, in one transaction: the series (found by name or started), the people
/// not yet on the system, the meeting (minutes in draft), its attendance and items (an item deferred to a later meeting
/// of the series that exists points at it), then its actions (their references embed the meeting's id) with a "Raised"
/// history row naming the import, and the import's record.
/// </summary>
internal static partial class DraftMeetingWriter
{
    public static async Task<int> SaveAsync(AppDbContext db, ImportPreview preview, string by, DateTime nowUtc, CancellationToken ct)
    {
        var input = preview.Input;
        var minutes = input.Minutes;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var seriesName = input.SeriesName.Trim();
        var series = (await db.MeetingSeries.ToListAsync(ct)).FirstOrDefault(s => string.Equals(s.Name, seriesName, StringComparison.OrdinalIgnoreCase))
            ?? db.MeetingSeries.Add(new MeetingSeries { Name = seriesName, Type = minutes.Type }).Entity;
        var people = new People(await db.People.ToListAsync(ct), db);
        var deferredTo = await DeferralTargets.LoadAsync(db, series.Id, minutes.Date!.Value, ct);

        var meeting = db.Meetings.Add(new Meeting
        {
            Series = series,
            Type = minutes.Type,
            Title = minutes.Title.Trim(),
            Date = minutes.Date!.Value,
            StartTime = minutes.StartTime!.Value,
            EndTime = minutes.EndTime,
            Venue = string.IsNullOrWhiteSpace(minutes.Venue) ? null : minutes.Venue.Trim(),
            IsVirtual = minutes.Venue is { } venue && Virtual().IsMatch(venue),
            Chair = people.Named(minutes.Chair!),
            MinuteTaker = string.IsNullOrWhiteSpace(minutes.MinuteTaker) ? null : people.Named(minutes.MinuteTaker),
            Status = MeetingStatus.MinutesDraft,
        }).Entity;
        foreach (var attendee in minutes.Attendees.DistinctBy(a => a.Name.Trim().ToUpperInvariant()))
        {
            meeting.Attendances.Add(new Attendance
            {
                Person = people.Named(attendee.Name), Capacity = attendee.Capacity.Trim(), Initials = NullIfBlank(attendee.Initials), Status = attendee.Status,
            });
        }

        var items = minutes.Items.Select(i => new AgendaItem
        {
            Number = AgendaNumber.Normalise(i.Number), SortKey = AgendaNumber.SortKey(i.Number), Title = i.Title.Trim(), Kind = i.Kind,
            Question = i.Question, Notes = NullIfBlank(i.Notes), DeferredToMeetingId = deferredTo(i.DeferredTo),
        }).ToList();
        meeting.AgendaItems.AddRange(items);
        await db.SaveChangesAsync(ct);

        var history = new ActionHistory(by, nowUtc);
        var source = string.IsNullOrWhiteSpace(input.SourceName) ? "pasted minutes" : input.SourceName;
        foreach (var proposed in preview.Actions)
        {
            var action = new ActionItem
            {
                Reference = ActionReference.For(meeting.Id, proposed.Action.Number),
                Number = proposed.Action.Number,
                Description = proposed.Action.Description,
                MeetingId = meeting.Id,
                AgendaItem = items[proposed.Action.ItemIndex],
                DueDate = proposed.Due,
                Status = ActionStatus.Open,
                CreatedAtUtc = nowUtc,
            };
            action.Owners.AddRange(proposed.Owners.Select(o => Owner(o, minutes, people)).DistinctBy(o => (o.Person, o.PostId, o.BodyName)));
            history.Record(action, "Raised", null, null, $"Action {action.Number}, imported from {source}.");
            db.ActionItems.Add(action);
        }

        db.MinutesImports.Add(new MinutesImport
        {
            Meeting = meeting, ContentHash = ImportFingerprint.Of(input.Text), SourceName = source, ImportedBy = by, ImportedAtUtc = nowUtc,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return meeting.Id;
    }

    private static ActionOwner Owner(ImportedOwner owner, ParsedMinutes minutes, People people) => owner switch
    {
        { NewAttendee: { } index } => new ActionOwner { Person = people.Named(minutes.Attendees[index].Name) },
        { Choice.PersonId: { } personId } => new ActionOwner { PersonId = personId },
        { Choice.PostId: { } postId } => new ActionOwner { PostId = postId },
        _ => new ActionOwner { BodyName = owner.Choice?.BodyName ?? owner.Written.Trim() },
    };

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"\b(?:virtual|online|teams|zoom|remote)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Virtual();

    /// <summary>People by name, whatever the case: the existing person, or one created once for this import.</summary>
    private sealed class People(List<Person> existing, AppDbContext db)
    {
        public Person Named(string name)
        {
            var trimmed = MinutesText.Squash(name);
            var person = existing.FirstOrDefault(p => string.Equals(p.Name, trimmed, StringComparison.OrdinalIgnoreCase));
            if (person is null)
            {
                person = db.People.Add(new Person { Name = trimmed }).Entity;
                existing.Add(person);
            }

            return person;
        }
    }
}
