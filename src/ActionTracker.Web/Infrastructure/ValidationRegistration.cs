using System.Reflection;
using FluentValidation;

namespace ActionTracker.Web.Infrastructure;

/// <summary>
/// Registers every IValidator&lt;T&gt; in the assembly. FluentValidation.DependencyInjectionExtensions is absent from
/// the package source, and this is all of it that the app needs.
/// </summary>
/// <remarks>
/// Singletons, as FluentValidation advises: a validator builds its rules when constructed, and scoped ones were built
/// again for every open page (circuit) that injects a service (bench/live-fanout.sh, decision 0013). Their dependencies
/// (the context factory, the clock) are singletons; a validator needing the signed-in user must take it as input.
/// </remarks>
public static class ValidationRegistration
{
    public static IServiceCollection AddValidatorsFrom(this IServiceCollection services, Assembly assembly)
    {
        var validators = assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: type)));
        foreach (var (service, implementation) in validators)
        {
            services.AddSingleton(service, implementation);
        }

        return services;
    }
}
