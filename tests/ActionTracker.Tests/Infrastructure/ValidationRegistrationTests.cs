using ActionTracker.Web.Data;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Tests.Infrastructure;

public sealed class ValidationRegistrationTests
{
    private static readonly IServiceCollection Services = new ServiceCollection()
        .AddLogging()
        .AddSingleton<AppClock>()
        .AddSingleton(TimeProvider.System)
        .AddActionTrackerDatabase(new ConfigurationBuilder().Build())
        .AddActionTrackerValidators();

    [Fact]
    public void EveryValidator_IsOneSingletonForTheServer_BuiltFromSingletonsOnly()
    {
        var validators = Services.Where(s => s.ServiceType.IsGenericType && s.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>)).ToList();
        // ValidateOnBuild with ValidateScopes refuses a singleton that depends on a scoped service (the signed-in user, say).
        using var provider = Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.True(validators.Count >= 19, $"Found only {validators.Count} validators.");
        Assert.All(validators, v => Assert.Equal(ServiceLifetime.Singleton, v.Lifetime));
        Assert.All(validators, v => Assert.Same(provider.GetRequiredService(v.ServiceType), provider.GetRequiredService(v.ServiceType)));
    }
}
