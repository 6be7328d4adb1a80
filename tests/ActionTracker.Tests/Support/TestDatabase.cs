using System.Security.Claims;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Admin;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Tests.Support;

/// <summary>
/// One fresh database with the app's real migrations (in-memory SQLite, or PostgreSQL: see <see cref="TestStore"/>), and
/// the app's real services over it. No mocks: constraints, the concurrency token, the history guard and Identity all run for real.
/// Services are made for a <see cref="Caller"/>; by default the secretariat's <see cref="SignedInName"/>.
/// Each context opens its own connection to the shared in-memory database, as in the app, because some services run
/// independent queries side by side.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string SignedInName = "Lucy Milner";

    private readonly TestStore _store;
    private ServiceProvider? _identity;

    private TestDatabase(TestStore store) => _store = store;

    public IDbContextFactory<AppDbContext> Factory => _store.Factory;

    /// <summary>10 January 2025, 10:00 UTC: after the seeded meeting of 16 December 2024, before the next one.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 10, 10, 0, 0, TimeSpan.Zero));

    public RecordingChangeNotifier Notifier { get; } = new();

    public static async Task<TestDatabase> CreateAsync() => new(await TestStore.CreateAsync());

    public AppDbContext NewContext() => _store.NewContext();

    public CurrentUser CurrentUser(Caller? caller = null) => CurrentUser((caller ?? Caller.Secretariat).ToPrincipal());

    public CurrentUser CurrentUser(ClaimsPrincipal principal) => new(new SignedInUser(principal), Factory, new AppClock(Time));

    public MeetingService Meetings(IChangeNotifier? notifier = null, Caller? caller = null) => new(
        Factory, new SaveMeetingValidator(Factory), new SaveAttendeeValidator(Factory), new SaveAgendaItemValidator(Factory),
        new GiveVerdictValidator(), notifier ?? Notifier, CurrentUser(caller));

    public ActionItemService Actions(Caller? caller = null) => Actions(CurrentUser(caller));

    public ActionItemService Actions(CurrentUser currentUser) => new(
        Factory, new SaveActionItemValidator(Factory), new ChangeActionStatusValidator(Factory), Notifier, new AppClock(Time), currentUser);

    /// <summary>The app's Identity services over this database, the five roles created; built on first use.</summary>
    public async Task<IServiceProvider> IdentityAsync() => _identity ??= await IdentityServices.BuildAsync(_store);

    /// <summary>Runs <paramref name="use"/> with the app's UserManager, in a scope of its own as UserAdminService takes one.</summary>
    public async Task<T> WithUserManagerAsync<T>(Func<UserManager<AppUser>, IServiceProvider, Task<T>> use)
    {
        await using var scope = (await IdentityAsync()).CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), scope.ServiceProvider);
    }

    public async Task<UserAdminService> UsersAsync(Caller? caller = null) => new(
        (await IdentityAsync()).GetRequiredService<IServiceScopeFactory>(), CurrentUser(caller), new CreateUserValidator(Factory),
        new AppClock(Time));

    /// <summary>How many rows every table of the model holds, Identity's included: equal before and after means nothing was saved.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountRowsAsync()
    {
        await using var db = NewContext();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
        {
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            counts[table] = await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
        }

        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }

        await _store.DisposeAsync();
    }
}
