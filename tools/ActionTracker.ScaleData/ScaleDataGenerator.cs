using System.Diagnostics;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.ScaleData;

/// <summary>
/// Writes a large, plausible history into a new database through the app's own model and migrations, so the schema,
/// conversions and indexes are exactly the app's. Rows go in batches with change detection off, a fresh context per batch.
/// </summary>
public sealed class ScaleDataGenerator(string path, Scale scale)
{
    private const int ActionsPerBatch = 2_000;

    private static readonly (string Name, MeetingType Type, int Weight)[] Series =
    [
        ("Holding to account", MeetingType.HoldingToAccount, 30), ("Assurance and accountability", MeetingType.AssuranceAndAccountability, 20),
        ("Performance", MeetingType.Performance, 15), ("Public accountability", MeetingType.Public, 8), ("Thematic: domestic abuse", MeetingType.Thematic, 6),
        ("Thematic: violence against women and girls", MeetingType.Thematic, 6), ("Thematic: victims", MeetingType.Thematic, 5),
        ("Thematic: serious violence", MeetingType.Thematic, 4), ("Thematic: road safety", MeetingType.Thematic, 3), ("Thematic: rural crime", MeetingType.Thematic, 3),
    ];

    private readonly Random _random = new(2026);
    private readonly DateOnly _today = new AppClock(TimeProvider.System).Today;
    private readonly DbContextOptions<AppDbContext> _options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path}").Options;

    public async Task RunAsync()
    {
        var clock = Stopwatch.StartNew();
        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var people = await AddPeopleAndPostsAsync();
        var meetings = await AddMeetingsAsync(people.People);
        var actions = new ScaleActions(_random, _today, people, meetings);
        var past = meetings.Where(m => m.Date <= _today).ToList();
        for (var first = 0; first < scale.Actions; first += ActionsPerBatch)
        {
            await using var db = NewContext();
            var count = Math.Min(ActionsPerBatch, scale.Actions - first);
            db.ActionItems.AddRange(Enumerable.Range(first, count).Select(k => actions.Create(past[(int)((long)k * past.Count / scale.Actions)])));
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            var updates = await db.ActionUpdates.CountAsync();
            Console.WriteLine($"Generated {scale.Actions} actions ({updates} history rows) across {meetings.Count} meetings, " +
                $"{scale.People} people and {scale.Posts} posts in {clock.Elapsed.TotalSeconds:F1} s: {path}");
        }
    }

    private AppDbContext NewContext()
    {
        var db = new AppDbContext(_options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    private async Task<ScalePeople> AddPeopleAndPostsAsync()
    {
        await using var db = NewContext();
        var people = Enumerable.Range(0, scale.People).Select(i => new Person { Name = ScaleText.PersonName(i) }).ToList();
        var posts = Enumerable.Range(0, scale.Posts).Select(ScaleText.Post).ToList();
        db.People.AddRange(people);
        db.Posts.AddRange(posts);

        // Each post changes hands every two years or so, and about one holding in five is acting.
        var start = _today.AddYears(-scale.Years - 1);
        foreach (var post in posts)
        {
            for (var from = start; from <= _today; from = from.AddDays(_random.Next(500, 1000)))
            {
                db.PostHoldings.Add(new PostHolding
                {
                    Person = people[_random.Next(people.Count)], Post = post, From = from, IsActing = _random.Next(5) == 0,
                    To = from.AddDays(_random.Next(500, 1000) - 1) is var to && to < _today ? to : null,
                });
            }
        }

        await db.SaveChangesAsync();
        return new ScalePeople(people.Select(p => p.Id).ToList(), posts.Select(p => p.Id).ToList());
    }

    // Meetings are saved in date order, so that ids (and action references) read chronologically, as in real use.
    private async Task<List<ScaleMeeting>> AddMeetingsAsync(IReadOnlyList<int> people)
    {
        await using var db = NewContext();
        var series = Series.Select(s => new MeetingSeries { Name = s.Name, Type = s.Type }).ToList();
        db.MeetingSeries.AddRange(series);
        var first = _today.AddYears(-scale.Years);
        var days = _today.DayNumber - first.DayNumber + 180;
        var weights = Series.Sum(s => s.Weight);
        var meetings = Enumerable.Range(0, scale.Meetings)
            .Select(_ => (Date: first.AddDays(_random.Next(days)), Series: Pick(weights)))
            .OrderBy(m => m.Date)
            .Select(m => new Meeting
            {
                Series = series[m.Series], Type = Series[m.Series].Type, Title = Series[m.Series].Name, Date = m.Date,
                StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(12, 0), Venue = "OPCC, Wootton Hall",
                ChairId = people[_random.Next(10)], MinuteTakerId = people[10 + _random.Next(10)],
                Status = m.Date <= _today ? MeetingStatus.Published : MeetingStatus.Scheduled,
            })
            .ToList();
        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync();
        return meetings.Select(m => new ScaleMeeting(m.Id, m.SeriesId, m.Date)).ToList();
    }

    private int Pick(int totalWeight)
    {
        var roll = _random.Next(totalWeight);
        for (var i = 0; ; i++)
        {
            roll -= Series[i].Weight;
            if (roll < 0)
            {
                return i;
            }
        }
    }
}

public sealed record ScalePeople(IReadOnlyList<int> People, IReadOnlyList<int> Posts);

public sealed record ScaleMeeting(int Id, int SeriesId, DateOnly Date);
