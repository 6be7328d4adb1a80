using System.Globalization;
using System.Security.Claims;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.People;
using ActionTracker.Web.Infrastructure;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ActionTracker.Tests.Support;

/// <summary>
/// A bunit context wired as the app is: MudBlazor's services, the app's validators and real services over the test database
/// (no mocks), and the <see cref="Caller"/> as the signed-in user. Pages render inside MudBlazor's providers, so dialogs
/// and snackbars appear in the same markup.
/// </summary>
public static class AppComponents
{
    public static BunitContext Create(TestDatabase db, Caller caller)
    {
        var context = new AppBunitContext();
        context.Services.AddSingleton(db.Factory);
        context.Services.AddSingleton(new AppClock(db.Time));
        // The app's own notifier: pages subscribe to it (LiveRefresh), which the recording one refuses.
        context.Services.AddSingleton<SharedReads>();
        context.Services.AddSingleton<IChangeNotifier, InProcessChangeNotifier>();
        context.Services.AddActionTrackerValidators();
        context.Services.AddScoped<CurrentUser>();
        context.Services.AddScoped<MeetingService>();
        context.Services.AddScoped<ActionItemService>();
        context.Services.AddScoped<ActionProgressService>();
        context.Services.AddScoped<PeopleService>();

        var authorization = context.AddAuthorization();
        if (caller.IsAuthenticated && caller.Name is { } name)
        {
            authorization.SetAuthorized(name);
            if (caller.Role is { } role)
            {
                authorization.SetRoles(role);
            }

            Claim?[] claims =
            [
                caller.GivenName is null ? null : new Claim(ClaimTypes.GivenName, caller.GivenName),
                caller.PersonId is { } id ? new Claim(CurrentUser.PersonIdClaim, id.ToString(CultureInfo.InvariantCulture)) : null,
            ];
            authorization.SetClaims([.. claims.OfType<Claim>()]);
        }

        return context;
    }

    /// <summary>Renders <typeparamref name="TPage"/> after MudBlazor's popover, dialog and snackbar providers, as MainLayout does.</summary>
    public static IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderPage<TPage>(this BunitContext context, IDictionary<string, object?>? parameters = null)
        where TPage : IComponent =>
        context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<TPage>(3);
            foreach (var (key, value) in parameters ?? new Dictionary<string, object?>())
            {
                builder.AddComponentParameter(4, key, value);
            }

            builder.CloseComponent();
        });

    /// <summary>The buttons whose visible text is exactly <paramref name="text"/>.</summary>
    public static IReadOnlyList<IElement> Buttons(this IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string text) =>
        page.FindAll("button").Where(b => b.TextContent.Trim() == text).ToList();

    /// <summary>The one button with this text, waiting for it to appear (pages and dialogs load asynchronously).</summary>
    public static IElement Button(this IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string text)
    {
        page.WaitForAssertion(() => Assert.Single(page.Buttons(text)), TimeSpan.FromSeconds(5));
        return page.Buttons(text)[0];
    }

    /// <summary>The open dialog (MudBlazor gives it role="dialog").</summary>
    public static IElement Dialog(this IRenderedComponent<Bunit.Rendering.ContainerFragment> page)
    {
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[role=dialog]")), TimeSpan.FromSeconds(5));
        return page.Find("[role=dialog]");
    }

    /// <summary>The form field labelled <paramref name="label"/> (the input the label points at), waiting for it: a field in
    /// a dialog just opened renders a little later, later still on a busy machine.</summary>
    public static IElement Field(this IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string label)
    {
        bool Labelled(IElement l) => l.TextContent.Trim() == label;
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("label"), Labelled), TimeSpan.FromSeconds(5));
        var labelElement = page.FindAll("label").Single(Labelled);
        var id = labelElement.GetAttribute("for") ?? throw new InvalidOperationException($"The label '{label}' is not tied to a field.");
        return page.Find($"#{id}");
    }
}
