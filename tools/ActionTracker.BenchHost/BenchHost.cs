using System.Reflection;
using System.Runtime.ExceptionServices;

namespace ActionTracker.BenchHost;

/// <summary>
/// Runs ActionTracker.Web's own entry point, so the app starts exactly as deployed (same configuration, same start-up),
/// with <see cref="BenchStartup"/> added as an ASP.NET Core hosting startup: this host copies none of Program.cs.
/// Usage as the app's: dotnet ActionTracker.BenchHost.dll [the app's arguments], configured by the same settings.
/// </summary>
public static class BenchHost
{
    public static int Main(string[] args)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_HOSTINGSTARTUPASSEMBLIES", typeof(BenchStartup).Assembly.GetName().Name);
        // The app's own name, not this host's: its static files are listed under it (ActionTracker.Web.staticwebassets.*.json).
        Environment.SetEnvironmentVariable("ASPNETCORE_APPLICATIONNAME", typeof(Program).Assembly.GetName().Name);
        try
        {
            typeof(Program).Assembly.EntryPoint!.Invoke(null, [args]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // The app's own exception, as if it had been started directly.
            ExceptionDispatchInfo.Throw(e.InnerException);
        }

        return Environment.ExitCode;
    }
}
