using System.Net.Sockets;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>How many mails a pass sent, skipped (not wanted, or no address) and failed (to be retried, or failed for good).</summary>
public readonly record struct MailPassResult(int Sent, int Skipped, int Failed)
{
    public static MailPassResult operator +(MailPassResult a, MailPassResult b) => new(a.Sent + b.Sent, a.Skipped + b.Skipped, a.Failed + b.Failed);
}

/// <summary>
/// Sends the outbox's mail. Each mail is first claimed with one conditional UPDATE, so of several senders on one database
/// exactly one gets it; a claim lapses after <see cref="NotificationOptions.ClaimSeconds"/>, so a mail claimed by a sender
/// that died is taken over, never dropped. A refusal is recorded with the server's reply and retried with growing waits,
/// then marked failed. See decision 0022.
/// </summary>
public sealed class NotificationSender(
    IDbContextFactory<AppDbContext> dbFactory,
    IMailDelivery delivery,
    AppClock clock,
    IOptions<SmtpOptions> smtp,
    IOptions<NotificationOptions> options,
    ILogger<NotificationSender> logger)
{
    private readonly string _senderId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Sends every mail due now, one by one, until none is left.</summary>
    public async Task<MailPassResult> SendDueAsync(CancellationToken ct)
    {
        var result = new MailPassResult();
        await using var session = delivery.Open();
        while (await ClaimNextAsync(ct) is { } id)
        {
            result += await DeliverAsync(session, id, ct);
        }

        return result;
    }

    private async Task<long?> ClaimNextAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        while (true)
        {
            var now = clock.UtcNow;
            var candidate = await Due(db.Notifications, now).OrderBy(n => n.Id).Select(n => (long?)n.Id).FirstOrDefaultAsync(ct);
            if (candidate is not { } id)
            {
                return null;
            }

            // Only one sender's UPDATE can still find the mail due: the others change no row and look for the next one.
            var claimed = await Due(db.Notifications.Where(n => n.Id == id), now).ExecuteUpdateAsync(s => s
                .SetProperty(n => n.MailStatus, MailStatus.Sending)
                .SetProperty(n => n.ClaimedBy, _senderId)
                .SetProperty(n => n.ClaimedUntilUtc, now.AddSeconds(options.Value.ClaimSeconds)), ct);
            if (claimed == 1)
            {
                return id;
            }
        }
    }

    private static IQueryable<Notification> Due(IQueryable<Notification> notifications, DateTime now) => notifications.Where(n =>
        (n.MailStatus == MailStatus.Pending && n.NextAttemptAtUtc <= now) || (n.MailStatus == MailStatus.Sending && n.ClaimedUntilUtc < now));

    private async Task<MailPassResult> DeliverAsync(IMailSession session, long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mail = await db.Notifications.Where(n => n.Id == id).Select(n => new
        {
            n.Kind, n.Subject, n.Body, n.Path, n.ActionItemId, n.CreatedAtUtc, n.Attempts, n.User!.Email, n.User.DisplayName,
            Muted = db.NotificationSettings.Where(s => s.UserId == n.UserId).Select(s => s.MutedKinds).FirstOrDefault(),
        }).SingleAsync(ct);
        var mine = db.Notifications.Where(n => n.Id == id && n.ClaimedBy == _senderId);
        if (string.IsNullOrWhiteSpace(mail.Email) || mail.Muted?.Contains(mail.Kind) == true)
        {
            await mine.ExecuteUpdateAsync(s => s.SetProperty(n => n.MailStatus, MailStatus.Skipped), ct);
            return new MailPassResult(0, 1, 0);
        }

        var message = Compose(id, mail.CreatedAtUtc, mail.DisplayName, mail.Email, mail.Subject, mail.Body, Notification.LinkFor(mail.Path, mail.ActionItemId));
        try
        {
            await session.SendAsync(message, ct);
        }
        catch (Exception e) when (IsDeliveryFailure(e))
        {
            var attempts = mail.Attempts + 1;
            var failed = attempts >= options.Value.MaxAttempts;
            var reason = Reason(e);
            logger.LogWarning("Mail {Id} to {Address} failed (attempt {Attempts}): {Reason}", id, mail.Email, attempts, reason);
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(n => n.MailStatus, failed ? MailStatus.Failed : MailStatus.Pending)
                .SetProperty(n => n.Attempts, attempts)
                .SetProperty(n => n.NextAttemptAtUtc, clock.UtcNow.AddMinutes(Math.Pow(5, attempts - 1)))
                .SetProperty(n => n.LastError, reason.Length > FieldLimits.LongText ? reason[..FieldLimits.LongText] : reason), ct);
            return new MailPassResult(0, 0, 1);
        }

        // The window between the server's acceptance and this line is the one place a crash could send a mail twice:
        // the Message-Id stays the same, so the recipient's mail program shows the copy as one message.
        await mine.ExecuteUpdateAsync(s => s.SetProperty(n => n.MailStatus, MailStatus.Sent).SetProperty(n => n.SentAtUtc, clock.UtcNow)
            .SetProperty(n => n.Attempts, mail.Attempts + 1), CancellationToken.None);
        return new MailPassResult(1, 0, 0);
    }

    private MimeMessage Compose(long id, DateTime createdAtUtc, string displayName, string email, string subject, string body, string link)
    {
        var baseUrl = options.Value.BaseUrl.TrimEnd('/');
        var message = new MimeMessage
        {
            Subject = subject,
            // Plain text only: descriptions and notes are people's words, never markup a mail program would render.
            Body = new TextPart("plain")
            {
                Text = $"{body}\n\nOpen it here: {baseUrl}{link}\n\nChoose which e-mails you get: {baseUrl}/notifications/settings\n",
            },
            MessageId = $"notification-{id}-{createdAtUtc.Ticks}@{new Uri(baseUrl).Host}",
        };
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(new MailboxAddress(displayName, email));
        return message;
    }

    private static bool IsDeliveryFailure(Exception e) =>
        e is CommandException or ProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException
            or IOException or SocketException or UnauthorizedAccessException or ParseException;

    /// <summary>The server's reply, with its status code when it gave one ("550 Mailbox unavailable").</summary>
    private static string Reason(Exception e) => e is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : e.Message;
}
