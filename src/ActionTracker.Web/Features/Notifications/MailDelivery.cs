using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>Hands finished mails to a server or a folder. A session may carry many mails over one connection.</summary>
public interface IMailDelivery
{
    IMailSession Open();
}

public interface IMailSession : IAsyncDisposable
{
    /// <summary>Returns once the server (or folder) has accepted the mail; throws with the server's reply when it refuses.</summary>
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>The configured delivery: SMTP when Smtp:Host is set, the pickup folder otherwise.</summary>
public static class MailDelivery
{
    public static IMailDelivery From(SmtpOptions options) =>
        string.IsNullOrWhiteSpace(options.Host) ? new PickupFolderDelivery(options.PickupDirectory) : new SmtpDelivery(options);

    public static IServiceCollection AddMailDelivery(this IServiceCollection services) =>
        services.AddSingleton(provider => From(provider.GetRequiredService<IOptions<SmtpOptions>>().Value));
}

/// <summary>SMTP through MailKit: connects on the first mail of a session, and again after a failure.</summary>
public sealed class SmtpDelivery(SmtpOptions options) : IMailDelivery
{
    public IMailSession Open() => new Session(options);

    private sealed class Session(SmtpOptions options) : IMailSession
    {
        private readonly SmtpClient _client = new();

        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            try
            {
                await ConnectAsync(ct);
                await _client.SendAsync(message, ct);
            }
            catch
            {
                // A refused mail can leave the SMTP conversation anywhere: the next mail starts from a fresh connection.
                await _client.DisconnectAsync(quit: false, CancellationToken.None);
                throw;
            }
        }

        private async Task ConnectAsync(CancellationToken ct)
        {
            if (_client.IsConnected)
            {
                return;
            }

            var security = !options.UseTls ? SecureSocketOptions.None : options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await _client.ConnectAsync(options.Host!, options.Port, security, ct);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await _client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true, CancellationToken.None);
            }

            _client.Dispose();
        }
    }
}

/// <summary>
/// Writes each mail to an .eml file named after its Message-Id, for a machine with no mail server: open them in any mail
/// program. Written under a temporary name and then moved, so a reader never sees half a mail; a mail sent again replaces itself.
/// </summary>
public sealed class PickupFolderDelivery(string directory) : IMailDelivery, IMailSession
{
    public IMailSession Open() => this;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{message.MessageId}.eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
