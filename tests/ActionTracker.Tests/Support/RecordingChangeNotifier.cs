using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Support;

/// <summary>Records what a service publishes; <see cref="OnPublish"/> lets a test look at the database at that moment.</summary>
public sealed class RecordingChangeNotifier : IChangeNotifier
{
    private readonly List<Change> _published = [];

    public IReadOnlyList<Change> Published => _published;

    public Func<Change, Task>? OnPublish { get; set; }

    public IDisposable Subscribe(Func<Change, Task> callback) =>
        throw new NotSupportedException("Services only publish; subscribing is tested on InProcessChangeNotifier.");

    public async Task PublishAsync(Change change)
    {
        _published.Add(change);
        if (OnPublish is { } onPublish)
        {
            await onPublish(change);
        }
    }
}
