using System.Reflection;
using ActionTracker.BenchHost;
using ActionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

[assembly: HostingStartup(typeof(BenchStartup))]

namespace ActionTracker.BenchHost;

/// <summary>Adds the bench to the app as it starts (<see cref="BenchHost"/>; in-process tests call <see cref="AddBench"/>).</summary>
public sealed class BenchStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) => builder.ConfigureServices(services => AddBench(services));

    public static IServiceCollection AddBench(IServiceCollection services) =>
        services.AddSingleton<BenchMode>().AddSingleton<IHostAddition, BenchAddition>();

    private sealed class BenchAddition : IHostAddition
    {
        public Assembly PageAssembly => typeof(BenchAddition).Assembly;

        public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBenchEndpoints();
    }
}
