using System.Threading.RateLimiting;

namespace ActionTracker.Web.Features.Account;

/// <summary>
/// Limits sign-in attempts per client address (SignIn:AttemptsPerMinute, 20 by default). The account lockout stops
/// guessing one account's password; this slows one address trying many accounts, which the lockout cannot see.
/// </summary>
public static class SignInRateLimit
{
    public const string Message = "Too many sign-in attempts from your network address. Wait a minute, then try again.";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("SignIn:AttemptsPerMinute", 20);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInAttempt(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("not a sign-in"));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(context.HttpContext.Response.WriteAsync(Message, ct));
            };
        });
    }

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals("/account/sign-in", StringComparison.OrdinalIgnoreCase);
}
