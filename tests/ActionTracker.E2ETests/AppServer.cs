using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using ActionTracker.Web.Features.Account;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ActionTracker.E2ETests;

/// <summary>
/// The real app on Kestrel at a free loopback port, over a temporary SQLite file loaded with the demo data,
/// and one headless Debian Chromium shared by the tests of a collection.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"actiontracker-e2e-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program>? _factory;
    private readonly Dictionary<string, string> _signedInStates = [];
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;
    public IServiceProvider Services => _factory!.Services;
    public string DataDirectory => _dataDirectory;

    /// <summary>Extra configuration for a test class that starts a server of its own (e.g. Database:Provider).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Extra services for a test class that starts a server of its own (e.g. the bench host's).</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _factory = StartOnKestrel(_dataDirectory, Settings, port: 0, ExtraServices);
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
    }

    /// <summary>
    /// The real app on Kestrel at <paramref name="port"/> (0: a free one) over a SQLite file in
    /// <paramref name="dataDirectory"/> loaded with the demo data, plus any <paramref name="settings"/> and <paramref name="extraServices"/>.
    /// </summary>
    internal static WebApplicationFactory<Program> StartOnKestrel(string dataDirectory, IReadOnlyDictionary<string, string> settings, int port,
        Action<IServiceCollection>? extraServices = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:ActionTracker", $"Data Source={Path.Combine(dataDirectory, "e2e.db")}");
            builder.UseSetting("DemoData", "true");
            // Every browser test signs in from 127.0.0.1; the limit itself is tested on a server of its own.
            builder.UseSetting("SignIn:AttemptsPerMinute", "10000");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            // An open circuit would otherwise hold shutdown for 30 s.
            builder.ConfigureServices(services => services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1)));
            if (extraServices is not null)
            {
                builder.ConfigureServices(extraServices);
            }
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return factory;
    }

    /// <summary>
    /// A fresh browser context (its own cookies, its own Blazor circuit) signed in as <paramref name="account"/>
    /// (the secretariat by default), on a page of the app once interactive.
    /// </summary>
    public async Task<IPage> OpenAsync(string path, string account = DemoAccounts.Secretariat)
    {
        var page = await NewPageAsync(account);
        await GoToAsync(page, path);
        return page;
    }

    /// <summary>
    /// A blank page in a fresh browser context, signed in as <paramref name="account"/>, or signed out when null; a British
    /// browser in London unless another <paramref name="locale"/> and <paramref name="timezoneId"/> are given.
    /// </summary>
    public async Task<IPage> NewPageAsync(string? account = DemoAccounts.Secretariat, string? locale = null, string? timezoneId = null)
    {
        var options = ContextOptions();
        options.StorageState = account is null ? null : await SignedInStateAsync(account);
        options.Locale = locale ?? options.Locale;
        options.TimezoneId = timezoneId ?? options.TimezoneId;
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page, as a person would, and waits to leave it.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = DemoAccounts.Password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    // Each demo account signs in once per run; its cookies are reused by every later context.
    private async Task<string> SignedInStateAsync(string account)
    {
        if (_signedInStates.TryGetValue(account, out var state))
        {
            return state;
        }

        await using var context = await Browser.NewContextAsync(ContextOptions());
        var page = await context.NewPageAsync();
        // A slow first request on a loaded machine must not fail every test of a run: one more try, then say why.
        if (!await TrySignInAsync(page, account) && !await TrySignInAsync(page, account))
        {
            var problem = string.Join(" ", await page.GetByRole(AriaRole.Alert).AllInnerTextsAsync());
            throw new InvalidOperationException($"Demo account {account} could not sign in: {problem}");
        }

        state = await context.StorageStateAsync();
        _signedInStates[account] = state;
        return state;
    }

    private static async Task<bool> TrySignInAsync(IPage page, string account)
    {
        await page.GotoAsync("/account/sign-in");
        await SignInAsync(page, account);
        try
        {
            // Leaving the sign-in page is enough: the page behind it need not have finished loading.
            await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal),
                new() { WaitUntil = WaitUntilState.Commit, Timeout = 20_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private BrowserNewContextOptions ContextOptions() => new() { BaseURL = BaseUrl, Locale = "en-GB", TimezoneId = "Europe/London" };

    /// <summary>Navigates and waits until Blazor has taken over: never click prerendered HTML.</summary>
    public static async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("main[data-interactive='true']").WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppServerCollectionDefinition : ICollectionFixture<AppServer>
{
    public const string Name = "app";
}
