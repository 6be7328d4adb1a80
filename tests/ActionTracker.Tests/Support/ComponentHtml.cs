using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Tests.Support;

/// <summary>Renders a component to static HTML with the framework's own HtmlRenderer (bunit cannot be restored here).</summary>
public static class ComponentHtml
{
    public static Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent => RenderAsync<TComponent>(parameters, _ => { });

    /// <summary>Renders a component that injects services, registered by <paramref name="addServices"/>.</summary>
    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters, Action<IServiceCollection> addServices)
        where TComponent : IComponent
    {
        var collection = new ServiceCollection().AddLogging();
        addServices(collection);
        await using var services = collection.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
