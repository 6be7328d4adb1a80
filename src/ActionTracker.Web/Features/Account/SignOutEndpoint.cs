using ActionTracker.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace ActionTracker.Web.Features.Account;

public static class SignOutEndpoint
{
    /// <summary>POST only, with the antiforgery token the sign-out form carries, so no link or image can sign anyone out.</summary>
    public static IEndpointRouteBuilder MapSignOutEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/sign-out", async (SignInManager<AppUser> signInManager, ILogger<SignInPage> logger, HttpContext context) =>
        {
            AccountLog.SignedOut(logger, context.User.Identity?.Name);
            await signInManager.SignOutAsync();
            return Results.LocalRedirect("/account/sign-in");
        });
        return endpoints;
    }
}
