namespace ActionTracker.Web.Features.Meetings.Run.Notes;

/// <summary>Runs <paramref name="afterPause"/> once typing has paused for <paramref name="pause"/>: each restart pushes it back.</summary>
public sealed class PauseTimer(TimeSpan pause, Func<Task> afterPause, Func<Exception, Task> onError) : IDisposable
{
    private CancellationTokenSource? _waiting;

    public void Restart()
    {
        Cancel();
        _waiting = new CancellationTokenSource();
        _ = RunAfterPauseAsync(_waiting.Token);
    }

    public void Cancel()
    {
        _waiting?.Cancel();
        _waiting?.Dispose();
        _waiting = null;
    }

    public void Dispose() => Cancel();

    private async Task RunAfterPauseAsync(CancellationToken waiting)
    {
        try
        {
            await Task.Delay(pause, waiting);
            await afterPause();
        }
        catch (OperationCanceledException)
        {
            // Typing went on: the next pause runs it.
        }
#pragma warning disable CA1031 // Nobody awaits this task: the failure goes to the owner's handler (the component's error boundary).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await onError(ex);
        }
    }
}
