using System.Globalization;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Web.Features.Demo;

/// <summary>
/// Builds the demo's rows by name and abbreviation, so that the data files read like the minutes they come from, and
/// writes an action's history row alongside every change made to it.
/// </summary>
internal sealed class DemoSeed(AppDbContext db, DateOnly today)
{
    // Meeting times in the minutes are UK local times; without tz data the offset is at most an hour, which a demo can bear.
    private static readonly TimeZoneInfo London =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var london) ? london : TimeZoneInfo.Utc;

    private readonly Dictionary<string, Person> _people = [];
    private readonly Dictionary<string, Post> _posts = [];
    private readonly Dictionary<string, MeetingSeries> _series = [];
    private readonly List<(Meeting Meeting, Meeting Next)> _links = [];

    public void AddPost(string abbreviation, string title, Organisation organisation)
    {
        var post = new Post { Title = title, Abbreviation = abbreviation, Organisation = organisation };
        _posts.Add(abbreviation, post);
        db.Posts.Add(post);
    }

    public void Hold(string name, string post, DateOnly from, DateOnly? to = null, bool acting = false)
    {
        if (!_people.TryGetValue(name, out var person))
        {
            person = new Person { Name = name };
            _people.Add(name, person);
            db.People.Add(person);
        }

        person.PostHoldings.Add(new PostHolding { Post = _posts[post], From = from, To = to, IsActing = acting });
    }

    public Person Person(string name) => _people[name];

    /// <summary>Adds a meeting to the named series (created on first use with the meeting's type), chaired by the PCC unless set.</summary>
    public Meeting AddMeeting(string seriesName, Meeting meeting)
    {
        if (!_series.TryGetValue(seriesName, out var series))
        {
            series = new MeetingSeries { Name = seriesName, Type = meeting.Type };
            _series.Add(seriesName, series);
            db.MeetingSeries.Add(series);
        }

        meeting.Series = series;
        meeting.Chair ??= Person("John Campion");
        db.Meetings.Add(meeting);
        return meeting;
    }

    /// <summary>A real meeting from the seeds, whose minutes are published.</summary>
    public Meeting AddMinuted(string seriesName, MeetingType type, string title, DateOnly date, TimeOnly start, string? minuteTaker) =>
        AddMeeting(seriesName, new Meeting
        {
            Type = type,
            Title = title,
            Date = date,
            StartTime = start,
            MinuteTaker = minuteTaker is null ? null : Person(minuteTaker),
            Status = MeetingStatus.Published,
        });

    /// <summary>A meeting named only as "next meeting" in minutes: held if its day has passed, otherwise still scheduled.</summary>
    public Meeting AddNamedNextMeeting(string seriesName, MeetingType type, string title, DateOnly date, TimeOnly start, TimeOnly? end = null) =>
        AddMeeting(seriesName, new Meeting
        {
            Type = type,
            Title = title,
            Date = date,
            StartTime = start,
            EndTime = end,
            Status = date < today ? MeetingStatus.Held : MeetingStatus.Scheduled,
        });

    public void Attend(Meeting meeting, string name, string capacity, string? initials, AttendanceStatus status = AttendanceStatus.Present) =>
        meeting.Attendances.Add(new Attendance { Person = Person(name), Capacity = capacity, Initials = initials, Status = status });

    public static AgendaItem Item(Meeting meeting, string number, string title, AgendaItemKind kind, string? question = null, string? notes = null)
    {
        var item = new AgendaItem
        {
            Number = number,
            SortKey = AgendaNumber.SortKey(number),
            Title = title,
            Kind = kind,
            Question = question,
            Notes = notes?.Trim(),
        };
        meeting.AgendaItems.Add(item);
        return item;
    }

    public static AgendaItem Find(Meeting meeting, string number) => meeting.AgendaItems.Single(i => i.Number == number);

    /// <summary>
    /// Links each meeting to the next once they are saved (see <see cref="ApplyLinks"/>), and fills an empty
    /// "confirmation of next meeting" item from the link.
    /// </summary>
    public void Link(params Meeting[] chain)
    {
        for (var i = 0; i + 1 < chain.Length; i++)
        {
            var next = chain[i + 1];
            _links.Add((chain[i], next));
            foreach (var item in chain[i].AgendaItems.Where(a => a.Kind == AgendaItemKind.NextMeeting && a.Notes is null))
            {
                item.Notes = $"{next.Title} – {next.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, {next.StartTime:HH:mm}";
            }
        }
    }

    // Linked before the first save, EF would insert each next meeting before the meeting naming it; saved unlinked, meetings
    // take Ids in the order they were added, which is date order, so action references read chronologically.
    public void ApplyLinks()
    {
        foreach (var (meeting, next) in _links)
        {
            meeting.NextMeeting = next;
        }
    }

    public ActionOwner ByPost(string abbreviation) => new() { Post = _posts[abbreviation] };

    public ActionOwner ByPerson(string name) => new() { Person = Person(name) };

    public static ActionOwner ByBody(string name) => new() { BodyName = name };

    /// <summary>Raises an action at the end of its meeting; meetings must already be saved, as the reference embeds their Id.</summary>
    public ActionItem Raise(Meeting meeting, int number, AgendaItem? item, string theme, string description, params ActionOwner[] owners)
    {
        var raisedAt = Utc(meeting.Date, meeting.EndTime ?? meeting.StartTime.AddHours(2));
        var action = new ActionItem
        {
            Reference = ActionReference.For(meeting.Id, number),
            Number = number,
            Description = description,
            Meeting = meeting,
            AgendaItem = item,
            Theme = theme,
            Status = ActionStatus.Open,
            CreatedAtUtc = raisedAt,
        };
        action.Owners.AddRange(owners);
        Append(action, raisedAt, (meeting.MinuteTaker ?? meeting.Chair)!.Name, "Raised", null, Label(ActionStatus.Open), $"Raised at {Describe(meeting)}.");
        db.ActionItems.Add(action);
        return action;
    }

    /// <summary>Sets the meeting an action is to come back to; its due date is that meeting's day.</summary>
    public static void Target(ActionItem action, Meeting meeting)
    {
        action.TargetMeeting = meeting;
        action.DueDate = meeting.Date;
    }

    public static void Move(ActionItem action, ActionStatus to, DateTime at, string by, string? note = null)
    {
        Append(action, at, by, "Status", Label(action.Status), Label(to), note);
        action.Status = to;
        action.ClosedAtUtc = to == ActionStatus.Closed ? at : null;
    }

    public static void Note(ActionItem action, DateTime at, string by, string note) =>
        Append(action, at, by, "Update", null, null, note);

    public static void Redate(ActionItem action, DateOnly due, DateTime at, string by, string note)
    {
        Append(action, at, by, "Due date", Day(action.DueDate), Day(due), note);
        action.DueDate = due;
    }

    public static void Defer(ActionItem action, Meeting target, DateTime at, string by, string note)
    {
        var from = action.TargetMeeting is { } current ? Describe(current) : $"due {Day(action.DueDate)}";
        Append(action, at, by, "Deferred", $"{Label(action.Status)}, {from}", $"{Label(ActionStatus.Deferred)} to {Describe(target)}", note);
        action.Status = ActionStatus.Deferred;
        action.DeferralCount++;
        Target(action, target);
    }

    public static DateTime Utc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), London);

    public static DateTime Utc(DateOnly date, int hour) => Utc(date, new TimeOnly(hour, 0));

    /// <summary>A day relative to today, moved off the weekend so that the sample history looks like office life.</summary>
    public DateOnly Weekday(int daysFromToday)
    {
        var day = today.AddDays(daysFromToday);
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(-1),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
    }

    private static void Append(ActionItem action, DateTime at, string by, string change, string? from, string? to, string? note) =>
        action.Updates.Add(new ActionUpdate { AtUtc = at, By = by, Change = change, From = from, To = to, Note = note });

    private static string Describe(Meeting meeting) => $"{meeting.Title}, {Day(meeting.Date)}";

    private static string Day(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "no date";

    private static string Label(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "In progress",
        ActionStatus.AwaitingSignOff => "Awaiting sign-off",
        _ => status.ToString(),
    };
}
