using ActionTracker.Web.Features.Live;

namespace ActionTracker.Tests.Features.Live;

/// <summary>The cache as the notifier drives it (<see cref="SharedReads.Forget"/> runs before each fan-out).</summary>
public sealed class SharedReadsTests
{
    private static readonly LiveTopic Notes = LiveTopic.ItemNotes(1, 2);

    private readonly SharedReads _shared = new();
    private int _reads;

    private Task<string> ReadAsync(LiveTopic topic) => _shared.ReadAsync(topic, () => Task.FromResult($"read {++_reads}"));

    [Fact]
    public async Task SameTopicBetweenTwoChanges_ReadOnceForEveryone()
    {
        Assert.Equal("read 1", await ReadAsync(Notes));
        Assert.Equal("read 1", await ReadAsync(Notes));
        Assert.Equal("read 2", await ReadAsync(LiveTopic.ItemNotes(1, 3)));
    }

    [Fact]
    public async Task SameTopicOtherResult_ReadApart()
    {
        await ReadAsync(LiveTopic.Meeting(1));

        Assert.Equal(7, await _shared.ReadAsync(LiveTopic.Meeting(1), () => Task.FromResult(7)));
    }

    [Fact]
    public async Task AfterAChangeToItsTopic_ReadAgain()
    {
        await ReadAsync(Notes);

        _shared.Forget(new NotesSaved(1, 2));

        Assert.Equal("read 2", await ReadAsync(Notes));
    }

    [Fact]
    public async Task AfterAChangeToOtherTopics_StillShared()
    {
        await ReadAsync(Notes);

        _shared.Forget(new NotesTyped(1, 2, "typing"));
        _shared.Forget(new PresenceChanged(1));
        _shared.Forget(new ActionChanged(1, 9));

        Assert.Equal("read 1", await ReadAsync(Notes));
    }

    [Fact]
    public async Task AfterAResync_EverythingReadAgain()
    {
        await ReadAsync(Notes);
        await ReadAsync(LiveTopic.Meeting(1));

        _shared.Forget(Resync.Everything);

        Assert.Equal(["read 3", "read 4"], [await ReadAsync(Notes), await ReadAsync(LiveTopic.Meeting(1))]);
    }

    [Fact]
    public async Task FailedRead_NotShared()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _shared.ReadAsync<string>(Notes, () => throw new InvalidOperationException("database gone")));

        Assert.Equal("read 1", await ReadAsync(Notes));
    }
}
