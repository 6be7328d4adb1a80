using ActionTracker.Web.Features.Live;

namespace ActionTracker.Tests.Support;

/// <summary>Records what a service publishes; <see cref="OnPublish"/> lets a test look at the database at that moment.</summary>
public sealed class RecordingChangeNotifier : IChangeNotifier
{
    private readonly List<LiveChange> _published = [];

    public IReadOnlyList<LiveChange> Published => _published;

    public Func<LiveChange, Task>? OnPublish { get; set; }

    public IDisposable Subscribe(IReadOnlyCollection<LiveTopic> topics, Func<LiveChange, Task> callback) =>
        throw new NotSupportedException("Services only publish; subscribing is tested on InProcessChangeNotifier.");

    public long Sequence => 0;

    public bool PublishedSince(long mark, IReadOnlyCollection<LiveTopic> topics) => false;

    public async Task PublishAsync(LiveChange change)
    {
        _published.Add(change);
        if (OnPublish is { } onPublish)
        {
            await onPublish(change);
        }
    }
}
