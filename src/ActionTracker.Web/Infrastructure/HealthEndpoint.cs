using ActionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Infrastructure;

public static class HealthEndpoint
{
    /// <summary>/healthz: 200 when the database answers a query, 503 when it does not.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (IDbContextFactory<AppDbContext> dbFactory, CancellationToken ct) =>
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                await db.Meetings.AnyAsync(ct);
                return Results.Text("Healthy", statusCode: StatusCodes.Status200OK);
            }
#pragma warning disable CA1031 // Any database failure means unhealthy; the reason is not for the caller.
            catch (Exception)
#pragma warning restore CA1031
            {
                return Results.Text("Database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
        return endpoints;
    }
}
