using System.Text.RegularExpressions;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// Writes one reviewed import as a draft meeting, in one transaction: the series (found by name or started), the people
/// not yet on the system, the meeting (minutes in draft; the series' scheduled meeting that day, if it has one), its
/// attendance and items, the next meeting (linked or scheduled), deferrals (an item deferred to a later meeting of the
/// series that exists points at it), what the minutes say of the earlier actions they bring forward, then its actions
/// (their references embed the meeting's id) with a "Raised" history row naming the import, and the import's record.
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

        // Minutes of a meeting the series has scheduled (closing or importing the one before did) complete it: no second meeting that day.
        var meeting = preview.Scheduled is { } scheduled
            ? await SeriesMeetings.ClearScheduledAsync(db, scheduled.Id, ct)
            : db.Meetings.Add(new Meeting { Title = "" }).Entity;
        meeting.Series = series;
        meeting.Type = minutes.Type;
        meeting.Title = minutes.Title.Trim();
        meeting.Date = minutes.Date!.Value;
        meeting.StartTime = minutes.StartTime!.Value;
        meeting.EndTime = minutes.EndTime;
        meeting.Venue = string.IsNullOrWhiteSpace(minutes.Venue) ? null : minutes.Venue.Trim();
        meeting.IsVirtual = minutes.Venue is { } venue && Virtual().IsMatch(venue);
        meeting.Chair = people.Named(minutes.Chair!);
        meeting.MinuteTaker = string.IsNullOrWhiteSpace(minutes.MinuteTaker) ? null : people.Named(minutes.MinuteTaker);
        meeting.Status = MeetingStatus.MinutesDraft;
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
            Question = i.Question, Notes = NullIfBlank(i.Notes),
        }).ToList();
        meeting.AgendaItems.AddRange(items);
        await db.SaveChangesAsync(ct);

        // The next meeting first, so that an item deferred "to the next meeting" can point at it.
        var next = await SeriesMeetings.LinkNextAsync(db, meeting, series.Name, preview.Next, ct);
        await db.SaveChangesAsync(ct);
        var deferredTo = await DeferralTargets.LoadAsync(db, series.Id, meeting.Date, ct);
        foreach (var (item, parsed) in items.Zip(minutes.Items))
        {
            item.DeferredToMeetingId = deferredTo(parsed.DeferredTo);
        }

        var history = new ActionHistory(by, nowUtc);
        var linked = preview.BroughtForward.Where(m => m.Action is not null).ToList();
        var linkedIds = linked.Select(m => m.Action!.Id).ToList();
        var earlier = await db.ActionItems.Where(a => linkedIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        foreach (var matter in linked.Where(m => earlier.ContainsKey(m.Action!.Id)))
        {
            BroughtForwardLinks.Record(earlier[matter.Action!.Id], matter, meeting, next, history, nowUtc);
        }

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
