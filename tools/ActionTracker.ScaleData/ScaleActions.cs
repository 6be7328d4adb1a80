using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.ScaleData;

/// <summary>
/// One generated action: due a few weeks after its meeting or back at a later meeting of its series, with a status that
/// depends on how long ago it fell due (old actions are mostly closed, recent ones still being worked), one or two
/// owners (posts, people, bodies), a theme, and a history of updates and status changes.
/// </summary>
public sealed class ScaleActions(Random random, DateOnly today, ScalePeople people, IReadOnlyList<ScaleMeeting> meetings)
{
    private readonly Dictionary<int, int> _numbers = [];
    private readonly Dictionary<int, ScaleMeeting[]> _bySeries = meetings.GroupBy(m => m.SeriesId).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly Dictionary<int, int> _indexInSeries = meetings.GroupBy(m => m.SeriesId)
        .SelectMany(g => g.Select((m, i) => (m.Id, i))).ToDictionary(p => p.Id, p => p.i);

    public ActionItem Create(ScaleMeeting meeting)
    {
        var number = _numbers[meeting.Id] = _numbers.GetValueOrDefault(meeting.Id) + 1;
        var raisedAt = AppClock.StartOfDayUtc(meeting.Date).AddHours(12);
        var target = random.Next(10) < 3 ? NextInSeries(meeting) : null;
        var due = target?.Date ?? meeting.Date.AddDays(random.Next(14, 121));
        var status = StatusFor(today.DayNumber - due.DayNumber);
        var action = new ActionItem
        {
            MeetingId = meeting.Id,
            Number = number,
            Reference = ActionReference.For(meeting.Id, number),
            Description = ScaleText.Description(random),
            DueDate = target is null ? due : null,
            TargetMeetingId = target?.Id,
            Status = status,
            Theme = random.Next(20) == 0 ? null : ScaleText.Themes[random.Next(ScaleText.Themes.Length)],
            DeferralCount = status == ActionStatus.Deferred ? random.Next(1, 3) : 0,
            CreatedAtUtc = raisedAt,
            Version = Guid.NewGuid(),
        };
        action.Owners.AddRange(Owners());
        AddHistory(action, raisedAt, due);
        return action;
    }

    private ScaleMeeting? NextInSeries(ScaleMeeting meeting)
    {
        var series = _bySeries[meeting.SeriesId];
        var next = _indexInSeries[meeting.Id] + random.Next(1, 4);
        return next < series.Length ? series[next] : null;
    }

    // Days past due → status: long overdue actions are mostly closed, a stubborn few still open; future ones mostly in hand.
    private ActionStatus StatusFor(int daysPastDue)
    {
        var roll = random.Next(100);
        return daysPastDue switch
        {
            > 180 => roll switch { < 82 => ActionStatus.Closed, < 87 => ActionStatus.Cancelled, < 92 => ActionStatus.Open, < 96 => ActionStatus.InProgress, < 98 => ActionStatus.Deferred, _ => ActionStatus.AwaitingSignOff },
            > 0 => roll switch { < 50 => ActionStatus.Closed, < 52 => ActionStatus.Cancelled, < 72 => ActionStatus.Open, < 87 => ActionStatus.InProgress, < 92 => ActionStatus.Deferred, _ => ActionStatus.AwaitingSignOff },
            _ => roll switch { < 2 => ActionStatus.Closed, < 52 => ActionStatus.Open, < 87 => ActionStatus.InProgress, < 90 => ActionStatus.Deferred, _ => ActionStatus.AwaitingSignOff },
        };
    }

    // 45% a post, 35% a person, 10% a named body, 10% two owners.
    private IEnumerable<ActionOwner> Owners()
    {
        var roll = random.Next(100);
        if (roll < 45)
        {
            return [PostOwner()];
        }

        if (roll < 80)
        {
            return [PersonOwner()];
        }

        if (roll < 90)
        {
            return [new ActionOwner { BodyName = ScaleText.Bodies[random.Next(ScaleText.Bodies.Length)] }];
        }

        var second = random.Next(2) == 0 ? PersonOwner() : new ActionOwner { BodyName = ScaleText.Bodies[random.Next(ScaleText.Bodies.Length)] };
        return [PostOwner(), second];
    }

    // A few senior posts own most actions, as in real minutes.
    private ActionOwner PostOwner() => new() { PostId = people.Posts[random.Next(2) == 0 ? random.Next(6) : random.Next(people.Posts.Count)] };

    private ActionOwner PersonOwner() => new() { PersonId = people.People[random.Next(people.People.Count)] };

    private void AddHistory(ActionItem action, DateTime raisedAt, DateOnly due)
    {
        var nowUtc = DateTime.UtcNow;
        var end = AppClock.StartOfDayUtc(due < today ? due : today).AddHours(15);
        Add(action, raisedAt, "Raised", null, ActionStatusRules.Name(ActionStatus.Open), "Raised at the meeting.");
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            Add(action, Between(raisedAt, end), "Update", null, null, ScaleText.Note(random));
        }

        if (action.Status != ActionStatus.Open)
        {
            var at = Between(raisedAt, end.AddDays(30) < nowUtc ? end.AddDays(30) : nowUtc.AddHours(-1));
            Add(action, at, "Status", ActionStatusRules.Name(ActionStatus.Open), ActionStatusRules.Name(action.Status), ScaleText.Note(random));
            action.ClosedAtUtc = action.Status == ActionStatus.Closed ? at : null;
        }
    }

    private DateTime Between(DateTime from, DateTime to) =>
        to <= from ? from.AddMinutes(5) : from.AddMinutes(random.NextInt64((long)(to - from).TotalMinutes));

    private static void Add(ActionItem action, DateTime at, string change, string? from, string? to, string? note) =>
        action.Updates.Add(new ActionUpdate { AtUtc = at, By = "Scale data", Change = change, From = from, To = to, Note = note });
}
