using System.Reflection;
using FluentValidation;

namespace ActionTracker.Web.Infrastructure;

/// <summary>
/// Registers every IValidator&lt;T&gt; in the assembly. FluentValidation.DependencyInjectionExtensions is absent from
/// the package source, and this is all of it that the app needs.
/// </summary>
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
            services.AddScoped(service, implementation);
        }

        return services;
    }
}
