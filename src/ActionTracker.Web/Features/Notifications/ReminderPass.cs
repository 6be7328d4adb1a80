using ActionTracker.Web.Features.Live;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>One pass: make the scheduled reminders due today, tell the bells of those reminded, then send every mail due.</summary>
public sealed class ReminderPass(ReminderScheduler scheduler, NotificationSender sender, IChangeNotifier notifier)
{
    public async Task<MailPassResult> RunAsync(bool schedule, CancellationToken ct)
    {
        if (schedule)
        {
            await notifier.TellBellsAsync(await scheduler.EnqueueDueAsync(ct));
        }

        return await sender.SendDueAsync(ct);
    }

    public static string Summary(MailPassResult result) => $"reminders sent={result.Sent} skipped={result.Skipped} failed={result.Failed}";
}

/// <summary>
/// `dotnet run --project src/ActionTracker.Web -- --send-reminders`: one pass of the scheduled reminders and the outbox,
/// then exit, for a cron job or a test. Its last line is the summary; a second run straight after sends nothing.
/// </summary>
public static class SendRemindersCommand
{
    private const string Option = "--send-reminders";

    public static bool IsRequested(string[] args) => args.Contains(Option);

    public static async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var result = await services.GetRequiredService<ReminderPass>().RunAsync(schedule: true, ct);
        Console.WriteLine(ReminderPass.Summary(result));
    }
}
