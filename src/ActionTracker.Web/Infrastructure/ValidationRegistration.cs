using FluentValidation;

namespace ActionTracker.Web.Infrastructure;

/// <summary>Registers every validator of the app with FluentValidation's own assembly scan.</summary>
/// <remarks>
/// Singletons, as FluentValidation advises: a validator builds its rules when constructed, and scoped ones were built
/// again for every open page (circuit) that injects a service (bench/live-fanout.sh, decision 0013). Their dependencies
/// (the context factory, the clock) are singletons; a validator needing the signed-in user must take it as input.
/// </remarks>
public static class ValidationRegistration
{
    public static IServiceCollection AddActionTrackerValidators(this IServiceCollection services) =>
        services.AddValidatorsFromAssemblyContaining<AppClock>(ServiceLifetime.Singleton, includeInternalTypes: true);
}
