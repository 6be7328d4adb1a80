using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Features.ActionItems.Tracker;

public static class TrackerExportEndpoints
{
    /// <summary>
    /// GET /actions/export.csv and /actions/export.xlsx, taking the tracker's own query string, so a download holds exactly
    /// the view on screen. Deliberately not AllowAnonymous: the app's fallback policy requires sign-in, as for /actions.
    /// </summary>
    public static IEndpointRouteBuilder MapTrackerExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var format in TrackerExport.Formats)
        {
            endpoints.MapGet(TrackerExport.Path(format), async (HttpContext context, ActionItemService actions, AppClock clock, CancellationToken ct) =>
            {
                var rows = await actions.ExportAsync(ActionFilter.FromQuery(context.Request.Query), ct);
                // The file carries names and accountability notes: no browser or proxy cache should keep a copy.
                context.Response.Headers.CacheControl = "no-store";
                return Results.File(format.Write(rows), format.ContentType, TrackerExport.FileName(format, clock.Today));
            });
        }

        return endpoints;
    }
}
