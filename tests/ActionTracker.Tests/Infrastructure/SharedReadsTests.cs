using ActionTracker.Web.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Infrastructure;

public sealed class SharedReadsTests : IDisposable
{
    private readonly InProcessChangeNotifier _notifier = new(NullLogger<InProcessChangeNotifier>.Instance);
    private readonly SharedReads _shared;
    private int _reads;

    public SharedReadsTests() => _shared = new SharedReads(_notifier);

    private Task<string> ReadAsync(string key) => _shared.ReadAsync(key, () => Task.FromResult($"read {++_reads}"));

    [Fact]
    public async Task SameKeyBetweenTwoChanges_ReadOnceForEveryone()
    {
        Assert.Equal("read 1", await ReadAsync("notes:1:2"));
        Assert.Equal("read 1", await ReadAsync("notes:1:2"));
        Assert.Equal("read 2", await ReadAsync("notes:1:3"));
    }

    [Fact]
    public async Task AfterAChange_ReadAgain()
    {
        await ReadAsync("notes:1:2");

        await _notifier.PublishAsync(new Change(1, null, "Notes", 2));

        Assert.Equal("read 2", await ReadAsync("notes:1:2"));
    }

    [Fact]
    public async Task ChangeArrivingAfterPagesSubscribed_StillForgetsFirst()
    {
        string? seenByPage = null;
        await ReadAsync("notes:1:2");
        // A page that subscribed after the shared reads: by the time it re-reads, the old read is gone.
        using var page = _notifier.Subscribe(async _ => seenByPage = await ReadAsync("notes:1:2"));

        await _notifier.PublishAsync(new Change(1, null, "Notes", 2));

        Assert.Equal("read 2", seenByPage);
    }

    [Fact]
    public async Task FailedRead_NotShared()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _shared.ReadAsync<string>("notes:1:2", () => throw new InvalidOperationException("database gone")));

        Assert.Equal("read 1", await ReadAsync("notes:1:2"));
    }

    public void Dispose() => _shared.Dispose();
}
