using System.Text;
using System.Threading.Channels;
using Npgsql;

namespace ActionTracker.Web.Features.Live.Servers;

/// <summary>
/// The servers' bus over PostgreSQL LISTEN/NOTIFY on the app's own database: no broker to run. Sends on pooled
/// connections; listens on one connection of its own, and when that is lost (database restart, network, an operator's
/// pg_terminate_backend) listens again after <see cref="ReconnectDelay"/> and tells its subscribers, who may have missed
/// messages meanwhile. Messages are handed on in the order they arrived, off the connection's reading loop.
/// </summary>
public sealed partial class PostgresServerBus(string connectionString, ILogger<PostgresServerBus> logger) : BackgroundService, IServerBus
{
    public const string Channel = "actiontracker_live";

    /// <summary>The listener's application_name begins so, with the server's id after it (so an operator or a test can find it).</summary>
    public const string ListenerName = "ActionTracker listener ";

    // NOTIFY refuses payloads of 8000 bytes or more.
    private const int MaxPayloadBytes = 7900;

    private readonly NpgsqlDataSource _senders = NpgsqlDataSource.Create(connectionString);
    private readonly Channel<string> _arrived = System.Threading.Channels.Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _lock = new();
    private readonly List<(Func<BusMessage, Task> Received, Func<Task> Listening)> _subscribers = [];

    public string ServerId { get; } = Guid.NewGuid().ToString("N");

    public bool IsShared => true;

    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    public async Task SendAsync(BusMessage message)
    {
        var payload = message.Serialise();
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            // Only a long draft gets here: the other servers see that text when it is saved, at the typist's next pause.
            LogTooLong(logger, message.Change?.GetType().Name);
            return;
        }

        try
        {
            await using var notify = _senders.CreateCommand("SELECT pg_notify(@channel, @payload)");
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", payload);
            await notify.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            // The change is saved and this server's pages have it; the others re-read everything when they listen again.
            LogSendFailed(logger, e);
        }
    }

    public IDisposable Subscribe(Func<BusMessage, Task> received, Func<Task> reconnected)
    {
        var subscriber = (received, reconnected);
        lock (_lock)
        {
            _subscribers.Add(subscriber);
        }

        return new Subscription(() =>
        {
            lock (_lock)
            {
                _subscribers.Remove(subscriber);
            }
        });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var handing = HandOnAsync(stoppingToken);
        var listenTo = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = ListenerName + ServerId,
            Pooling = false,
            KeepAlive = 10,
        }.ConnectionString;
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listenTo);
                connection.Notification += (_, e) => _arrived.Writer.TryWrite(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                LogListening(logger, ServerId, first ? "" : " again");
                first = false;
                await ForEachSubscriberAsync(s => s.Listening());
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // Whatever broke the connection, the bus listens again: pages must not stop hearing.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogListenLost(logger, e, ReconnectDelay.TotalMilliseconds);
                await Task.Delay(ReconnectDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        _arrived.Writer.TryComplete();
        await handing;
    }

    public override void Dispose()
    {
        _senders.Dispose();
        base.Dispose();
    }

    private async Task HandOnAsync(CancellationToken ct)
    {
        await foreach (var payload in _arrived.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (BusMessage.Deserialise(payload) is { } message && message.Origin != ServerId)
            {
                await ForEachSubscriberAsync(s => s.Received(message));
            }
        }
    }

    private async Task ForEachSubscriberAsync(Func<(Func<BusMessage, Task> Received, Func<Task> Listening), Task> call)
    {
        (Func<BusMessage, Task>, Func<Task>)[] subscribers;
        lock (_lock)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            try
            {
                await call(subscriber);
            }
#pragma warning disable CA1031 // One failing subscriber must not stop the others hearing.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogSubscriberFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Server {ServerId} is listening{Again} for the other servers' changes")]
    private static partial void LogListening(ILogger logger, string serverId, string again);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection listening for other servers' changes; listening again in {DelayMs} ms")]
    private static partial void LogListenLost(ILogger logger, Exception e, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other servers of a change")]
    private static partial void LogSendFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A {Kind} too long for NOTIFY stays on this server")]
    private static partial void LogTooLong(ILogger logger, string? kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A bus subscriber failed")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception e);
}
