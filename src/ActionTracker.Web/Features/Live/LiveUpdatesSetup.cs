using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Live.Servers;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ActionTracker.Web.Features.Live;

public static class LiveUpdatesSetup
{
    /// <summary>
    /// Live updates: in process on one server (SQLite); on PostgreSQL, also across every server on the same database
    /// through LISTEN/NOTIFY (LiveUpdates:ReconnectDelayMs: how soon a lost listening connection is retried, 1,000 ms).
    /// </summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        // The notifier forgets the shared reads a change makes stale itself: no start-up order to keep.
        services.AddSingleton<SharedReads>();
        services.AddSingleton<InProcessChangeNotifier>();
        services.AddSingleton<IMeetingPresence, InMemoryMeetingPresence>();
        services.AddScoped<CircuitPresence>();
        services.AddScoped<CircuitHandler>(s => s.GetRequiredService<CircuitPresence>());
        if (!DatabaseSetup.IsPostgres(configuration))
        {
            services.AddSingleton<IServerBus, SingleServerBus>();
            services.AddSingleton<IChangeNotifier>(s => s.GetRequiredService<InProcessChangeNotifier>());
            return services;
        }

        services.AddSingleton(s => new PostgresServerBus(
            configuration.GetConnectionString(DatabaseSetup.ConnectionStringName)!, s.GetRequiredService<ILogger<PostgresServerBus>>())
        {
            ReconnectDelay = TimeSpan.FromMilliseconds(configuration.GetValue("LiveUpdates:ReconnectDelayMs", 1000)),
        });
        services.AddSingleton<IServerBus>(s => s.GetRequiredService<PostgresServerBus>());
        services.AddHostedService(s => s.GetRequiredService<PostgresServerBus>());
        services.AddSingleton<IChangeNotifier, ServerChangeNotifier>();
        return services;
    }
}
