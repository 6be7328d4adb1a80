using System.Reflection;

namespace ActionTracker.Web.Infrastructure;

/// <summary>
/// What a host that runs this same app adds to it, registered as a service by that host (tools/ActionTracker.BenchHost:
/// the benchmarks' endpoints and page). The app as deployed registers none, so none of it exists there (decision 0030).
/// </summary>
public interface IHostAddition
{
    /// <summary>An assembly whose routable pages join the app's.</summary>
    Assembly PageAssembly { get; }

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}

public static class HostAdditions
{
    /// <summary>Maps each addition's endpoints, and its pages beside the app's (the router takes them too: Routes.razor).</summary>
    public static void MapHostAdditions(this WebApplication app, RazorComponentsEndpointConventionBuilder pages)
    {
        foreach (var addition in app.Services.GetServices<IHostAddition>())
        {
            addition.MapEndpoints(app);
            pages.AddAdditionalAssemblies(addition.PageAssembly);
        }
    }
}
