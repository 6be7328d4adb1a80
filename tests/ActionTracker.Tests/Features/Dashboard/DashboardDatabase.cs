using System.Security.Claims;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Dashboard;
using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Features.Dashboard;

/// <summary>
/// The dashboard's own fixture: a fresh database with the real migrations (<see cref="TestStore"/>), the real services
/// over it and a clock the test sets. Self-contained, so it does not depend on
/// the shared test support while that changes.
/// </summary>
public sealed class DashboardDatabase : IAsyncDisposable
{
    private readonly TestStore _store;

    private DashboardDatabase(TestStore store, DateTimeOffset utcNow)
    {
        _store = store;
        Clock = new SetClock(utcNow);
    }

    public IDbContextFactory<AppDbContext> Factory => _store.Factory;

    public SetClock Clock { get; }

    public static async Task<DashboardDatabase> CreateAsync(DateTimeOffset utcNow) => new(await TestStore.CreateAsync(), utcNow);

    public AppDbContext NewContext() => _store.NewContext();

    public ActionItemService Actions()
    {
        var clock = new AppClock(Clock);
        return new ActionItemService(Factory, new SaveActionItemValidator(Factory), new ChangeActionStatusValidator(Factory),
            new InProcessChangeNotifier(new SharedReads(), NullLogger<InProcessChangeNotifier>.Instance), clock, new CurrentUser(new Anonymous(), Factory, clock));
    }

    public DashboardService Dashboard() => new(Factory, Actions(), new AppClock(Clock));

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    public sealed class SetClock(DateTimeOffset utcNow) : TimeProvider
    {
        public DateTimeOffset UtcNow { get; set; } = utcNow;

        public override DateTimeOffset GetUtcNow() => UtcNow;
    }

    // Reading the dashboard needs no signed-in user; the services only ask who is calling when they write.
    private sealed class Anonymous : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}

/// <summary>Builds a small, known set of meetings and actions, each action described by what the test needs of it.</summary>
public sealed class KnownActions(AppDbContext db)
{
    private readonly Person _chair = db.People.Add(new Person { Name = "Chair" }).Entity;
    private readonly Dictionary<string, MeetingSeries> _series = [];

    public Meeting Meeting(string series, DateOnly date)
    {
        if (!_series.TryGetValue(series, out var meetingSeries))
        {
            meetingSeries = _series[series] = new MeetingSeries { Name = series };
        }

        return db.Meetings.Add(new Meeting { Series = meetingSeries, Title = series, Date = date, StartTime = new TimeOnly(10, 0), Chair = _chair }).Entity;
    }

    public Person Person(string name) => db.People.Add(new Person { Name = name }).Entity;

    public Post Post(string abbreviation) => db.Posts.Add(new Post { Abbreviation = abbreviation, Title = abbreviation }).Entity;

    public ActionItem Action(
        Meeting raisedAt, ActionStatus status, DateOnly? due, string? theme, params ActionOwner[] owners) =>
        Action(raisedAt, status, due, theme, target: null, closedAtUtc: null, owners);

    public ActionItem Action(
        Meeting raisedAt, ActionStatus status, DateOnly? due, string? theme, Meeting? target, DateTime? closedAtUtc, params ActionOwner[] owners)
    {
        var number = raisedAt.ActionItems.Count + 1;
        var action = new ActionItem
        {
            Reference = $"T-{raisedAt.Date:yyyyMMdd}-{raisedAt.Title}-{number}",
            Number = number,
            Meeting = raisedAt,
            Description = $"Action {number} of {raisedAt.Title} on {raisedAt.Date}",
            DueDate = due,
            TargetMeeting = target,
            Status = status,
            Theme = theme,
            ClosedAtUtc = closedAtUtc,
        };
        action.Owners.AddRange(owners.Length == 0 ? [new ActionOwner { BodyName = "Nobody in particular" }] : owners);
        return db.ActionItems.Add(action).Entity;
    }

    public static ActionOwner By(Post post) => new() { Post = post };

    public static ActionOwner By(Person person) => new() { Person = person };

    public static ActionOwner By(string body) => new() { BodyName = body };
}
