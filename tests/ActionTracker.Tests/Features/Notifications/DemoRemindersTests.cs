using ActionTracker.Tests.Support;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Demo;
using ActionTracker.Web.Features.Notifications;
using ActionTracker.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>
/// The demo as `--send-reminders` finds it: the demo data (overdue actions relative to today) and the demo accounts. The
/// first pass mails the demo chief officer his overdue notices; the second sends nothing.
/// </summary>
public sealed class DemoRemindersTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private SmtpTestServer _smtp = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _smtp = SmtpTestServer.Start();
        await using var scope = (await _db.IdentityAsync()).CreateAsyncScope();
        await DemoData.SeedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), new AppClock(_db.Time).Today);
        await DemoUsers.SeedAsync(scope.ServiceProvider, CancellationToken.None);
    }

    [Fact]
    public async Task RunAsync_DemoData_FirstPassSendsTheChiefOfficerHisOverdueNoticesSecondSendsNothing()
    {
        var first = await PassAsync();
        var second = await PassAsync();

        Assert.Contains(_smtp.Received, m => m.To.Mailboxes.Single().Address == DemoAccounts.ChiefOfficer
            && m.Subject?.EndsWith("is overdue", StringComparison.Ordinal) == true);
        Assert.Equal(_smtp.Received.Count, first.Sent);
        Assert.Equal(default, second);
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _db.DisposeAsync();
    }

    private Task<MailPassResult> PassAsync()
    {
        var clock = new AppClock(_db.Time);
        var smtp = new SmtpOptions { Host = "127.0.0.1", Port = _smtp.Port, UseTls = false };
        var options = Microsoft.Extensions.Options.Options.Create(new NotificationOptions());
        var sender = new NotificationSender(_db.Factory, new SmtpDelivery(smtp), clock, Microsoft.Extensions.Options.Options.Create(smtp), options,
            NullLogger<NotificationSender>.Instance);
        return new ReminderPass(new ReminderScheduler(_db.Factory, clock, options), sender, _db.Notifier).RunAsync(schedule: true, CancellationToken.None);
    }
}
