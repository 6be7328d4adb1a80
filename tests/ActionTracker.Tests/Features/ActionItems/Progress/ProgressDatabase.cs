using ActionTracker.Tests.Support;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.ActionItems.Progress;

/// <summary>
/// A fresh database with the app's migrations (<see cref="TestStore"/>), seeded with three
/// meetings, the Chief Constable post and the people around it; and the app's real services over it, as any caller.
/// </summary>
public sealed class ProgressDatabase : IAsyncDisposable
{
    public const string PostAbbreviation = "CC";
    public const string OwnerName = "Jo Briggs";
    public const string NonOwnerName = "Sam Patel";

    /// <summary>23:30 UTC on 30 June 2025 is 00:30 BST on 1 July: in London it is already tomorrow.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 30, 23, 30, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2025, 7, 1);
    public static readonly DateOnly Yesterday = new(2025, 6, 30);
    public static readonly DateOnly RaisedOn = new(2025, 6, 16);
    public static readonly DateOnly NextMeetingOn = new(2025, 7, 21);
    public static readonly DateOnly LaterMeetingOn = new(2025, 8, 18);

    private readonly TestStore _store;

    private ProgressDatabase(TestStore store) => _store = store;

    public IDbContextFactory<AppDbContext> Factory => _store.Factory;

    public AppClock Clock { get; } = new(new StoppedClock(Now));

    public int RaisedAtMeetingId { get; private set; }

    /// <summary>A meeting held yesterday in London (30 June), though it is still that date in UTC.</summary>
    public int YesterdaysMeetingId { get; private set; }

    public int NextMeetingId { get; private set; }

    public int LaterMeetingId { get; private set; }

    public int PostId { get; private set; }

    public int NonOwnerPersonId { get; private set; }

    /// <summary>A chief officer acting as Chief Constable from today: owns whatever the CC post owns.</summary>
    public Caller Owner { get; private set; } = null!;

    /// <summary>A chief officer who holds no post.</summary>
    public Caller NonOwner { get; private set; } = null!;

    /// <summary>A chief officer whose time as acting Chief Constable ended yesterday.</summary>
    public Caller FormerHolder { get; private set; } = null!;

    public Caller Secretariat { get; } = new("lucy.milner@opcc.example", "Lucy Milner", Roles.Secretariat);

    public static async Task<ProgressDatabase> CreateAsync()
    {
        var database = new ProgressDatabase(await TestStore.CreateAsync());
        await database.SeedAsync();
        return database;
    }

    public AppDbContext NewContext() => _store.NewContext();

    public ActionItemService Actions(Caller caller) => new(
        Factory, new SaveActionItemValidator(Factory), new ChangeActionStatusValidator(Factory), new SilentNotifier(), Clock, CurrentUserFor(caller));

    public ActionProgressService Progress(Caller caller) => new(
        Factory, CurrentUserFor(caller), Clock, new SilentNotifier(),
        new AddProgressUpdateValidator(), new CompleteActionValidator(), new SignOffActionValidator(),
        new RequestExtensionValidator(Clock), new DecideExtensionValidator(), new DeferActionValidator(), new ChangeDueDateValidator(Clock));

    /// <summary>Every row a progress write could add or change: equal before and after a refusal means nothing was saved.</summary>
    public async Task<SavedState> ReadSavedStateAsync()
    {
        await using var db = NewContext();
        var actions = await db.ActionItems.OrderBy(a => a.Id).Select(a => a.Version).ToListAsync();
        var requests = await db.ExtensionRequests.OrderBy(r => r.Id).Select(r => r.Version).ToListAsync();
        return new SavedState(
            await db.ActionOwners.CountAsync(), await db.ActionUpdates.CountAsync(), string.Join(",", actions), string.Join(",", requests));
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    private CurrentUser CurrentUserFor(Caller caller) => new(new SignedInAs(caller), Factory, Clock);

    private async Task SeedAsync()
    {
        await using var db = NewContext();
        var chair = new Person { Name = "Alex Carter" };
        var owner = new Person { Name = OwnerName };
        var nonOwner = new Person { Name = NonOwnerName };
        var formerHolder = new Person { Name = "Pat Ellis" };
        var post = new Post { Title = "Chief Constable", Abbreviation = PostAbbreviation, Organisation = Organisation.Force };
        post.Holdings.Add(new PostHolding { Person = formerHolder, From = new DateOnly(2025, 1, 6), To = Yesterday, IsActing = true });
        post.Holdings.Add(new PostHolding { Person = owner, From = Today, IsActing = true });
        var series = new MeetingSeries { Name = "Monthly holding to account", Type = MeetingType.HoldingToAccount };
        Meeting[] meetings = [.. new[] { RaisedOn, Yesterday, NextMeetingOn, LaterMeetingOn }.Select(date => NewMeeting(series, chair, date))];
        db.AddRange(nonOwner, post);
        db.AddRange(meetings);
        await db.SaveChangesAsync();

        (RaisedAtMeetingId, YesterdaysMeetingId, NextMeetingId, LaterMeetingId) = (meetings[0].Id, meetings[1].Id, meetings[2].Id, meetings[3].Id);
        (PostId, NonOwnerPersonId) = (post.Id, nonOwner.Id);
        Owner = new Caller("jo.briggs@force.example", OwnerName, Roles.ChiefOfficer, owner.Id);
        NonOwner = new Caller("sam.patel@force.example", NonOwnerName, Roles.ChiefOfficer, nonOwner.Id);
        FormerHolder = new Caller("pat.ellis@force.example", formerHolder.Name, Roles.ChiefOfficer, formerHolder.Id);
    }

    private static Meeting NewMeeting(MeetingSeries series, Person chair, DateOnly date) => new()
    {
        Series = series,
        Type = series.Type,
        Title = $"Holding to account {date:yyyy-MM-dd}",
        Date = date,
        StartTime = new TimeOnly(10, 0),
        Chair = chair,
        Status = MeetingStatus.Scheduled,
    };
}

/// <summary>Owner and history row counts, and the version of every action and extension request (renewed on any change).</summary>
public sealed record SavedState(int Owners, int Updates, string ActionVersions, string RequestVersions);
