using System.Net;
using ActionTracker.Web.Features.Account;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ActionTracker.E2ETests;

/// <summary>Sign-in attempts from one address are limited per minute (no browser: the limit is on the HTTP post).</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("actiontracker-ratelimit-").FullName;
    private WebApplicationFactory<Program> _factory = default!;

    public Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:ActionTracker", $"Data Source={Path.Combine(_dataDirectory, "limit.db")}");
            builder.UseSetting("SignIn:AttemptsPerMinute", "3");
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimitFromOneAddress_Refused429_WhileReadingThePageIsNot()
    {
        using var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "sign-in",
                ["Input.Email"] = $"guess{attempt}@opcc.example",
                ["Input.Password"] = "a guess",
            });
            statuses.Add((await http.PostAsync("/account/sign-in", form)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        using var refused = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@opcc.example" });
        var response = await http.PostAsync("/account/sign-in", refused);
        Assert.Equal(SignInRateLimit.Message, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/account/sign-in")).StatusCode);
    }
}
