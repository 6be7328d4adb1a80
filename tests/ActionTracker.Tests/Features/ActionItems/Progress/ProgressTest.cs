using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.ActionItems.Progress;

/// <summary>
/// Base of the progress tests: a fresh database per test with one open action, raised by the secretariat at the
/// meeting of 16 June 2025, owned by the CC post and due on <see cref="DueDate"/>.
/// </summary>
public abstract class ProgressTest : IAsyncLifetime
{
    protected static readonly DateOnly DueDate = new(2025, 7, 15);

    protected ProgressDatabase Db { get; private set; } = null!;

    protected int ActionId { get; private set; }

    protected Caller Owner => Db.Owner;

    protected Caller Secretariat => Db.Secretariat;

    public async Task InitializeAsync()
    {
        Db = await ProgressDatabase.CreateAsync();
        ActionId = await Db.Actions(Secretariat).SaveAsync(new SaveActionItem
        {
            MeetingId = Db.RaisedAtMeetingId,
            Description = "Report on the backlog of outstanding crime investigations.",
            Owners = [OwnerChoice.Post(Db.PostId)],
            DueDate = DueDate,
        });
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    protected async Task<ActionDetails> ReadAsync() =>
        await Db.Actions(Secretariat).GetAsync(ActionId) ?? throw new InvalidOperationException($"Action {ActionId} was not found.");

    protected async Task<Guid> VersionAsync() => (await ReadAsync()).Action.Version;

    protected async Task<IReadOnlyList<string>> ChangesAsync() => (await ReadAsync()).History.Select(h => h.Change).ToList();

    protected async Task<HistoryEntry> LastHistoryAsync() => (await ReadAsync()).History[^1];

    /// <summary>The edit form filled from what was just read, Version included, as the action page fills it.</summary>
    protected async Task<SaveActionItem> EditAsync() => SaveActionItem.From((await ReadAsync()).Action);

    protected async Task<ActionItem> ReadRowAsync()
    {
        await using var db = Db.NewContext();
        return await db.ActionItems.SingleAsync(a => a.Id == ActionId);
    }

    protected async Task<ExtensionRequest> ReadRequestAsync()
    {
        await using var db = Db.NewContext();
        return await db.ExtensionRequests.SingleAsync(r => r.ActionItemId == ActionId);
    }

    protected async Task AddUpdateAsync(Caller caller, string text = "Audit of the backlog has started.") =>
        await Db.Progress(caller).AddUpdateAsync(new AddProgressUpdate { ActionItemId = ActionId, Text = text });

    protected async Task CompleteAsOwnerAsync(string evidence = "Backlog report presented to the force executive board.", string? link = null) =>
        await Db.Progress(Owner).CompleteAsync(new CompleteAction { ActionItemId = ActionId, Version = await VersionAsync(), Evidence = evidence, Link = link });

    protected async Task SignOffAsync(Caller caller, string? note = null) =>
        await Db.Progress(caller).SignOffAsync(new SignOffAction { ActionItemId = ActionId, Version = await VersionAsync(), Note = note });

    protected async Task DeferAsync(Caller caller, int targetMeetingId) =>
        await Db.Progress(caller).DeferAsync(new DeferAction
        {
            ActionItemId = ActionId, Version = await VersionAsync(), TargetMeetingId = targetMeetingId, Reason = "The force report is not ready.",
        });

    protected async Task RequestExtensionAsOwnerAsync(DateOnly newDueDate, string reason = "Awaiting the audit.") =>
        await Db.Progress(Owner).RequestExtensionAsync(new RequestExtension { ActionItemId = ActionId, NewDueDate = newDueDate, Reason = reason });

    /// <summary>Decides the action's extension request with the version just read.</summary>
    protected async Task DecideAsync(Caller caller, bool approve, string? note = null)
    {
        var request = await ReadRequestAsync();
        await Db.Progress(caller).DecideExtensionAsync(
            new DecideExtension { RequestId = request.Id, Version = request.Version, Approve = approve, Note = note });
    }

    /// <summary>The write throws exactly <typeparamref name="TException"/> and nothing is saved.</summary>
    protected async Task<TException> AssertRefusedAsync<TException>(Func<Task> write)
        where TException : Exception
    {
        var before = await Db.ReadSavedStateAsync();

        var exception = await Assert.ThrowsAsync<TException>(write);

        Assert.Equal(before, await Db.ReadSavedStateAsync());
        return exception;
    }

    /// <summary>The write fails validation with an error containing <paramref name="message"/>, and nothing is saved.</summary>
    protected async Task AssertInvalidAsync(Func<Task> write, string message)
    {
        var exception = await AssertRefusedAsync<ValidationException>(write);

        Assert.Contains(exception.Errors, e => e.ErrorMessage.Contains(message, StringComparison.Ordinal));
    }
}
