using Bunit;
using MudBlazor.Services;

namespace ActionTracker.Tests.Support;

/// <summary>
/// A bunit context as the app renders components: MudBlazor's services, and JS interop in loose mode (every call answers
/// its type's default, as a browser that has not loaded a module yet would not fail the render either).
/// </summary>
public class AppBunitContext : BunitContext
{
    public AppBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }
}
