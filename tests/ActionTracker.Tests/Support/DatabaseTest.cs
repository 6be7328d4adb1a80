using System.Text.Json;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Infrastructure;
using FluentValidation;

namespace ActionTracker.Tests.Support;

/// <summary>Base of the tests that need the database: a fresh, seeded database per test, disposed after it.</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    protected TestDatabase Db { get; private set; } = null!;

    protected SeedData Seed { get; private set; } = null!;

    protected MeetingService Meetings => Db.Meetings();

    protected ActionItemService Actions => Db.Actions();

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        Seed = await TestData.SeedAsync(Db);
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    /// <summary>The write is refused with <paramref name="message"/> among its errors, and no table gains or loses a row.</summary>
    protected async Task AssertRejectedAsync(Func<Task> write, string message)
    {
        var before = await Db.CountRowsAsync();

        var exception = await Assert.ThrowsAsync<ValidationException>(write);

        Assert.Contains(message, exception.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(before, await Db.CountRowsAsync());
    }

    /// <summary>
    /// The write is refused for want of permission, with a message for a person, and nothing is saved or published: no table
    /// gains or loses a row and the row it would have edited, when there is one, is exactly as it was.
    /// </summary>
    protected async Task AssertDeniedAsync(Func<Task> write, RowQuery? editedRow = null)
    {
        var counts = await Db.CountRowsAsync();
        var row = await ReadAsJsonAsync(editedRow);
        var published = Db.Notifier.Published.Count;

        var denied = await Assert.ThrowsAsync<PermissionDeniedException>(write);

        Assert.False(string.IsNullOrWhiteSpace(denied.Message), "A refusal must say why.");
        Assert.Equal(counts, await Db.CountRowsAsync());
        Assert.Equal(row, await ReadAsJsonAsync(editedRow));
        Assert.Equal(published, Db.Notifier.Published.Count);
    }

    /// <summary>A valid action at the seeded meeting, under item 1.1, owned by the officer, due 31 January 2025.</summary>
    protected SaveActionItem NewAction() => new()
    {
        MeetingId = Seed.MeetingId,
        AgendaItemId = Seed.ItemOnePointOneId,
        Description = "Provide the response-time figures by division.",
        Owners = [OwnerChoice.Person(Seed.OfficerId)],
        DueDate = new DateOnly(2025, 1, 31),
    };

    protected async Task<int> RaiseAsync(Action<SaveActionItem>? change = null)
    {
        var input = NewAction();
        change?.Invoke(input);
        return await Actions.SaveAsync(input);
    }

    protected async Task<ActionDetails> ReadActionAsync(int id) =>
        await Actions.GetAsync(id) ?? throw new InvalidOperationException($"Action {id} was not found.");

    protected async Task<MeetingDetails> ReadMeetingAsync(int id) =>
        await Meetings.GetAsync(id) ?? throw new InvalidOperationException($"Meeting {id} was not found.");

    protected async Task<object?> QueryAsync(RowQuery query)
    {
        await using var db = Db.NewContext();
        return await query(db);
    }

    protected async Task<AgendaItemDto> ReadAgendaItemAsync(int meetingId, int itemId) =>
        (await ReadMeetingAsync(meetingId)).AgendaItems.Single(i => i.Id == itemId);

    private async Task<string> ReadAsJsonAsync(RowQuery? query) => query is null ? "" : JsonSerializer.Serialize(await QueryAsync(query));
}

/// <summary>Reads something from the database as a plain value (a row, a count, a tuple) to compare before and after a write.</summary>
public delegate Task<object?> RowQuery(AppDbContext db);

public static class Rows
{
    /// <summary>A typed query as a <see cref="RowQuery"/>.</summary>
    public static RowQuery Of<T>(Func<AppDbContext, Task<T>> query) => async db => await query(db);
}
