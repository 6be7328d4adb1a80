using ActionTracker.Web.Features.Account;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.E2ETests;

/// <summary>
/// The real app on Kestrel over its own temporary SQLite file, like <see cref="AppServer"/>, but it can be stopped and
/// started again on the same port over the same file: a server restart in the middle of a meeting, as the browser sees it.
/// Browsers come from the shared <see cref="AppServer"/>; open contexts with <see cref="BaseUrl"/>.
/// </summary>
public sealed class RestartableAppServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"actiontracker-e2e-restart-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program>? _factory;
    private int _port;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The server is stopped.");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        Start();
        return Task.CompletedTask;
    }

    /// <summary>Starts the server: on a free port the first time, on that same port afterwards.</summary>
    public void Start()
    {
        _factory = AppServer.StartOnKestrel(_dataDirectory, new Dictionary<string, string>(), _port);
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _port = new Uri(BaseUrl).Port;
    }

    /// <summary>A page in a fresh context of <paramref name="browser"/>, signed in as the secretariat, at <paramref name="path"/> once interactive.</summary>
    public async Task<IPage> OpenSignedInAsync(IBrowser browser, string path)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = "en-GB", TimezoneId = "Europe/London" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await AppServer.SignInAsync(page, DemoAccounts.Secretariat);
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        await AppServer.GoToAsync(page, path);
        return page;
    }

    /// <summary>Stops the server as a crash or a redeploy would: open circuits die with it; the database file stays.</summary>
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
