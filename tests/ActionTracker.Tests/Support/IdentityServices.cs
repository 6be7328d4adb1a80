using ActionTracker.Web.Features.Account;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace ActionTracker.Tests.Support;

/// <summary>
/// The app's own Identity registration (<see cref="AccountSetup.AddActionTrackerAccounts"/>: password and lockout rules
/// included) over a test's database, with the five roles created, as the app does at start-up.
/// </summary>
public static class IdentityServices
{
    public static async Task<ServiceProvider> BuildAsync(TestStore store)
    {
        var services = store.AddTo(new ServiceCollection().AddLogging())
            .AddActionTrackerAccounts(new TestEnvironment());
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await AccountSeeding.EnsureRolesAsync(scope.ServiceProvider);
        return provider;
    }

    private sealed class TestEnvironment : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "ActionTracker.Tests";
        public string WebRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
