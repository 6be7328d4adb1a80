using System.Security.Claims;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.QuickEntry;
using ActionTracker.Web.Features.Meetings.Run.Notes;
using ActionTracker.Web.Features.Meetings.StartToClose;
using ActionTracker.Web.Infrastructure;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Tests.Support;

/// <summary>
/// Base of the bunit tests of components that read and write through the app's real services: a fresh, seeded SQLite
/// database per test (as <see cref="DatabaseTest"/>), the services registered as Program.cs registers them, the in-process
/// notifier (so a save reaches the components' LiveRefresh as in the app), and the secretariat's minute taker signed in
/// through bunit's authorization (<see cref="SignIn"/> changes who).
/// </summary>
public abstract class ComponentTest : AppBunitContext, IAsyncLifetime
{
    protected ComponentTest() => Auth = AddAuthorization();

    protected TestDatabase Db { get; private set; } = null!;

    protected SeedData Seed { get; private set; } = null!;

    protected BunitAuthorizationContext Auth { get; }

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        Seed = await TestData.SeedAsync(Db);
        Services.AddLogging();
        Services.AddSingleton<IDbContextFactory<AppDbContext>>(Db.Factory);
        Services.AddActionTrackerValidators();
        Services.AddSingleton<TimeProvider>(Db.Time);
        Services.AddSingleton<AppClock>();
        Services.AddSingleton<IChangeNotifier, InProcessChangeNotifier>();
        Services.AddSingleton<SharedReads>();
        Services.AddScoped<CurrentUser>();
        Services.AddSingleton<IMeetingPresence, InMemoryMeetingPresence>();
        Services.AddScoped<CircuitPresence>();
        Services.AddScoped<MeetingService>();
        Services.AddScoped<ActionItemService>();
        Services.AddScoped<ActionProgressService>();
        Services.AddScoped<QuickEntryService>();
        Services.AddScoped<MeetingRunService>();
        Services.AddScoped<BroughtForwardReviewService>();
        Services.AddScoped<MeetingNotesService>();
        SignIn(Roles.Secretariat);
    }

    /// <summary>Signs in <see cref="TestDatabase.SignedInName"/> in <paramref name="role"/>, with the claims the app's cookie carries.</summary>
    protected void SignIn(string role, int? personId = null)
    {
        Auth.SetAuthorized(TestDatabase.SignedInName);
        Auth.SetRoles(role);
        Claim[] claims = [new(ClaimTypes.GivenName, TestDatabase.SignedInName)];
        Auth.SetClaims(personId is { } id ? [.. claims, new(CurrentUser.PersonIdClaim, id.ToString(System.Globalization.CultureInfo.InvariantCulture))] : claims);
    }

    // The components first (an editor disposed with unsaved notes saves them), then the database they save to.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeComponentsAsync();
        await Db.DisposeAsync();
    }
}
