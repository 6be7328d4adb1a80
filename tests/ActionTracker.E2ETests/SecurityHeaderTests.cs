using System.Net;

namespace ActionTracker.E2ETests;

[Collection(AppServerCollectionDefinition.Name)]
public sealed class SecurityHeaderTests(AppServer app)
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/css/app.css")]
    [InlineData("/healthz")]
    public async Task Response_CarriesTheSecurityHeaders(string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal("script-src 'self'", csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task PageOrEndpoint_WithoutSignIn_RedirectsToSignIn_ExceptHealthAndAssets()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        foreach (var path in new[] { "/", "/meetings", "/meetings/2", "/actions", "/actions/1", "/admin/users" })
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignInCookie_IsHttpOnlyAndSameSite()
    {
        var page = await app.NewPageAsync();
        var cookies = await page.Context.CookiesAsync();
        var auth = Assert.Single(cookies, c => c.Name == "ActionTracker.Auth");
        Assert.True(auth.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, auth.SameSite);
    }
}
