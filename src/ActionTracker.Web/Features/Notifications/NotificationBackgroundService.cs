using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>
/// Sends the outbox while the app runs: straight after a save that added notices (it listens to the change notifier for
/// <see cref="NotificationsChanged"/>; not to every action edit, which mostly adds none), otherwise every
/// <see cref="NotificationOptions.PollSeconds"/>; makes the scheduled reminders every
/// <see cref="NotificationOptions.ScheduleMinutes"/>. A failed pass is logged and the next one tries again.
/// </summary>
public sealed class NotificationBackgroundService(
    ReminderPass pass, IChangeNotifier notifier, AppClock clock, IOptions<NotificationOptions> options, ILogger<NotificationBackgroundService> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = notifier.Subscribe([LiveTopic.Outbox], _ =>
        {
            if (_wake.CurrentCount == 0)
            {
                try
                {
                    _wake.Release();
                }
                catch (SemaphoreFullException)
                {
                    // Already woken by another change since the check: one wake-up is enough.
                }
            }

            return Task.CompletedTask;
        });

        var nextSchedule = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var schedule = clock.UtcNow >= nextSchedule;
            try
            {
                var result = await pass.RunAsync(schedule, stoppingToken);
                if (schedule)
                {
                    nextSchedule = clock.UtcNow.AddMinutes(options.Value.ScheduleMinutes);
                }

                if (result != default && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("reminders sent={Sent} skipped={Skipped} failed={Failed}", result.Sent, result.Skipped, result.Failed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A reminder pass failed; the next one tries again.");
            }

            try
            {
                await _wake.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
