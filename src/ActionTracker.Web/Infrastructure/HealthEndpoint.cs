namespace ActionTracker.Web.Infrastructure;

public static class HealthEndpoint
{
    /// <summary>/healthz: 200 when the database is there and takes a write, 503 with the reason when it does not.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (DatabaseHealth health, CancellationToken ct) =>
            await health.FindProblemAsync(ct) is { } problem
                ? Results.Text($"Unhealthy: {problem}", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Text("Healthy", statusCode: StatusCodes.Status200OK)).AllowAnonymous();
        return endpoints;
    }
}
