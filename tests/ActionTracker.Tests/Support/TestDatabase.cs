using ActionTracker.Web.Data;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Support;

/// <summary>
/// One in-memory SQLite database with the app's real migrations, alive while its connection is open, and the app's
/// real services over it. No mocks: constraints, the concurrency token and the history guard all run for real.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string SignedInName = "Lucy Milner";

    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<AppDbContext> _options;

    private TestDatabase(SqliteConnection connection)
    {
        _connection = connection;
        _options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options;
        Factory = new ContextFactory(_options);
    }

    public IDbContextFactory<AppDbContext> Factory { get; }

    /// <summary>10 January 2025, 10:00 UTC: after the seeded meeting of 16 December 2024, before the next one.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 10, 10, 0, 0, TimeSpan.Zero));

    public RecordingChangeNotifier Notifier { get; } = new();

    public static async Task<TestDatabase> CreateAsync()
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        await connection.OpenAsync();
        var database = new TestDatabase(connection);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public AppDbContext NewContext() => new(_options);

    public MeetingService Meetings(IChangeNotifier? notifier = null) => new(
        Factory, new SaveMeetingValidator(Factory), new SaveAttendeeValidator(Factory), new SaveAgendaItemValidator(Factory),
        notifier ?? Notifier);

    public ActionItemService Actions(string? signedInName = SignedInName) => new(
        Factory, new SaveActionItemValidator(Factory), new ChangeActionStatusValidator(Factory), Notifier,
        new AppClock(Time), new CurrentUser(new SignedInUser(signedInName)));

    public async Task<RowCounts> CountRowsAsync()
    {
        await using var db = NewContext();
        return new RowCounts(
            await db.MeetingSeries.CountAsync(), await db.Meetings.CountAsync(), await db.People.CountAsync(),
            await db.Posts.CountAsync(), await db.Attendances.CountAsync(), await db.AgendaItems.CountAsync(),
            await db.ActionItems.CountAsync(), await db.ActionOwners.CountAsync(), await db.ActionUpdates.CountAsync());
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private sealed class ContextFactory(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => new(options);
    }
}

/// <summary>How many rows each table holds: equal before and after a refused write means nothing was saved.</summary>
public sealed record RowCounts(
    int Series, int Meetings, int People, int Posts, int Attendances, int AgendaItems, int Actions, int ActionOwners, int ActionUpdates);
