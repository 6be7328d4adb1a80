using ActionTracker.Web.Data;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Features.Demo;

public static class DemoSetup
{
    /// <summary>Configuration that turns the demo on: its meetings and its logins, loaded into an empty database.</summary>
    public const string ConfigKey = "DemoData";

    /// <summary>
    /// Registers the demo's seed only when <see cref="ConfigKey"/> is true, so a real install has nothing that could
    /// create the demo's well-known logins. Call after the accounts are registered: the demo's logins need their roles.
    /// </summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>(ConfigKey))
        {
            services.AddSingleton<IDatabaseSeed, DemoDatabaseSeed>();
        }

        return services;
    }
}

/// <summary>The demo's meetings (dated from today), then its logins linked to the people in them.</summary>
internal sealed class DemoDatabaseSeed(AppClock clock) : IDatabaseSeed
{
    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await DemoData.SeedAsync(services.GetRequiredService<AppDbContext>(), clock.Today, ct);
        await DemoUsers.SeedAsync(services, ct);
    }
}
