using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>
/// A real SMTP server in the test process (SmtpServer 11.1.0) on a free loopback port, keeping every mail it accepts.
/// It can refuse mail to chosen addresses with a 550, or hold a chosen mail unanswered, as a server that stalls mid-send.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store = new();

    private SmtpTestServer()
    {
        // Port 0: the system picks a free port as the server binds, and the listener says which. (A port probed free and
        // bound later could be taken meanwhile by the browser tests' servers running alongside: "Address already in use".)
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, 0))).Build();
        var listeners = new EndpointListenerFactory();
        var bound = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => bound.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        services.Add(listeners);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        Port = bound.Task.WaitAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
    }

    public int Port { get; }

    /// <summary>Every mail accepted, in order.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _store.Received];

    /// <summary>Addresses refused with "550 mailbox unavailable".</summary>
    public ISet<string> RefusedAddresses => _store.Refused;

    /// <summary>
    /// When set, a mail whose subject contains this text is held without a reply until <see cref="ReleaseHeldMail"/>, and
    /// then not accepted; <see cref="Holding"/> completes once it is held.
    /// </summary>
    public string? HoldSubject { get => _store.HoldSubject; set => _store.HoldSubject = value; }

    public Task Holding => _store.Held.Task;

    public void ReleaseHeldMail() => _store.Release.TrySetResult();

    public static SmtpTestServer Start() => new();

    public async ValueTask DisposeAsync()
    {
        ReleaseHeldMail();
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Received { get; } = new();
        public HashSet<string> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);
        public string? HoldSubject { get; set; }
        public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            lock (Refused)
            {
                if (transaction.To.Any(to => Refused.Contains(to.AsAddress())))
                {
                    return SmtpResponse.MailboxUnavailable;
                }
            }

            if (HoldSubject is { } hold && message.Subject?.Contains(hold, StringComparison.Ordinal) == true)
            {
                HoldSubject = null;
                Held.TrySetResult();
                await Release.Task;
                return SmtpResponse.TransactionFailed;
            }

            Received.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
