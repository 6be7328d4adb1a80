using System.Globalization;
using ActionTracker.Web.Components;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;
using ActionTracker.Web.Features.ActionItems.Tracker;
using ActionTracker.Web.Features.Admin;
using ActionTracker.Web.Features.Calendar;
using ActionTracker.Web.Features.Dashboard;
using ActionTracker.Web.Features.Demo;
using ActionTracker.Web.Features.Settings;
using ActionTracker.Web.Features.Import;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.Minutes;
using ActionTracker.Web.Features.Meetings.StartToClose;
using ActionTracker.Web.Features.Meetings.Run.Notes;
using ActionTracker.Web.Features.Meetings.QuickEntry;
using ActionTracker.Web.Features.Notifications;
using ActionTracker.Web.Features.People;
using ActionTracker.Web.Features.Public;
using ActionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using MudBlazor.Services;

// The OPCC works in British English dates and numbers, whatever the server's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = UkFormat.Culture;

var builder = WebApplication.CreateBuilder(args);
MinutesImportCommand.KeepStandardOutputForJson(builder.Services, args);
// A circuit message must carry the longest text the services accept (notes: 100,000 characters, up to 3 bytes each
// in UTF-8, plus the event's framing); SignalR's 32 KB default dropped the connection on 30,000 characters.
builder.Services.AddRazorComponents().AddInteractiveServerComponents()
    .AddHubOptions(options => options.MaximumReceiveMessageSize = 512 * 1024);
builder.Services.AddSignInRateLimit(builder.Configuration);
builder.Services.AddMudServices();
builder.Services.AddActionTrackerAccounts(builder.Environment);

builder.Services.AddActionTrackerDatabase(builder.Configuration);
builder.Services.AddDemoData(builder.Configuration);
builder.Services.AddActionTrackerValidators();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<AppClock>();
builder.Services.AddLiveUpdates(builder.Configuration);
builder.Services.AddScoped<CurrentUser>();
builder.Services.AddScoped<MeetingService>();
builder.Services.AddScoped<ActionItemService>();
builder.Services.AddScoped<DashboardService>();
builder.Services.AddScoped<ActionProgressService>();
builder.Services.AddScoped<PeopleService>();
builder.Services.AddScoped<AppearanceService>();
builder.Services.AddScoped<QuickEntryService>();
builder.Services.AddScoped<UserAdminService>();
builder.Services.AddScoped<MeetingRunService>();
builder.Services.AddScoped<BroughtForwardReviewService>();
builder.Services.AddScoped<MeetingNotesService>();
builder.Services.AddScoped<SettingsService>();
builder.Services.AddScoped<MinutesImportService>();
builder.Services.AddScoped<MinutesService>();
builder.Services.AddScoped<PublicRecordService>();
builder.Services.AddNotifications(builder.Configuration);

var app = builder.Build();
if (DatabaseBackupCommand.IsRequested(args))
{
    Environment.ExitCode = DatabaseBackupCommand.Run(app.Services.GetRequiredService<SqliteFile>(), args);
    return;
}

// Listening before the other servers' first presence snapshots arrive (several servers on PostgreSQL).
app.Services.GetRequiredService<IMeetingPresence>();
try
{
    await app.Services.InitialiseDatabaseAsync();
}
catch (Exception e) when (DatabaseStartupProblem.Describe(e, app.Services.GetRequiredService<SqliteFile>()) is { } problem)
{
    // One line that names the file and what to do, and exit code 1: no stack trace for a bad path or a corrupt file.
    Console.Error.WriteLine(problem);
    Environment.ExitCode = 1;
    return;
}

if (MinutesImportCommand.IsRequested(args))
{
    Environment.ExitCode = await MinutesImportCommand.RunAsync(app.Services, args);
    return;
}

if (FirstAdministratorCommand.IsRequested(args))
{
    await FirstAdministratorCommand.RunAsync(app.Services, args);
    return;
}

if (SendRemindersCommand.IsRequested(args))
{
    await SendRemindersCommand.RunAsync(app.Services, app.Lifetime.ApplicationStopping);
    return;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapHealthEndpoint();
app.MapSignOutEndpoint();
app.MapTrackerExportEndpoints();
app.MapCalendarEndpoints();
app.MapMinutesDownloadEndpoints();
var pages = app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = "'none'");
app.MapHostAdditions(pages);

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    Console.WriteLine($"ActionTracker is running: open {string.Join(" or ", addresses)} in a browser. Press Ctrl+C to stop.");
});

await app.RunAsync();
