using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Notifications;
using ActionTracker.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>
/// Two servers on one database: two senders, each with its own connections to one SQLite file in WAL mode (as two app
/// processes would have), drain one outbox at the same time. Every mail is claimed by exactly one of them.
/// </summary>
public sealed class TwoSendersTests : IAsyncLifetime
{
    private const int MailCount = 40;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"two-senders-{Guid.NewGuid():N}.db");
    private SmtpTestServer _smtp = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpTestServer.Start();
        await using var db = NewContext();
        await DatabaseSetup.PrepareAsync(db);
        var user = new AppUser { UserName = "jo@force.example", Email = "jo@force.example", DisplayName = "Jo Briggs" };
        db.Users.Add(user);
        var now = DateTime.UtcNow;
        for (var i = 1; i <= MailCount; i++)
        {
            db.Notifications.Add(NotificationOutbox.New(user.Id, new NoticeText(NotificationKind.Digest, $"Mail {i}", "Body", "/my-actions"), now, null, null));
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task SendDueAsync_TwoSendersAtOnce_EveryMailSentExactlyOnce()
    {
        var senders = new[] { NewSender(), NewSender() };

        var results = await Task.WhenAll(senders.Select(sender => Task.Run(() => sender.SendDueAsync(CancellationToken.None))));

        Assert.Equal(MailCount, results.Sum(r => r.Sent));
        Assert.Equal(Enumerable.Range(1, MailCount).Select(i => $"Mail {i}").Order(), _smtp.Received.Select(m => m.Subject).Order());
        await using var db = NewContext();
        Assert.Equal(MailCount, await db.Notifications.CountAsync(n => n.MailStatus == MailStatus.Sent));
        Assert.Equal(MailCount, _smtp.Received.Select(m => m.MessageId).Distinct().Count());
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private NotificationSender NewSender()
    {
        var smtp = new SmtpOptions { Host = "127.0.0.1", Port = _smtp.Port, UseTls = false };
        return new NotificationSender(new FileFactory(_file), new SmtpDelivery(smtp), new AppClock(TimeProvider.System), Options.Create(smtp),
            Options.Create(new NotificationOptions()), NullLogger<NotificationSender>.Instance);
    }

    private AppDbContext NewContext() => new FileFactory(_file).CreateDbContext();

    private sealed class FileFactory(string file) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={file};Default Timeout=30").Options);
    }
}
