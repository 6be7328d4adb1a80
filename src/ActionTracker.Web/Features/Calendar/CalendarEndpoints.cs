namespace ActionTracker.Web.Features.Calendar;

public static class CalendarEndpoints
{
    private const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>
    /// GET /calendar/{token}.ics: a person's feed, for a calendar program that cannot sign in, so the secret token is the
    /// only key: a wrong or revoked one answers 404 and reveals nothing. GET /meetings/{id}/calendar.ics needs sign-in.
    /// </summary>
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{token}.ics", async (string token, HttpContext context, CalendarService calendars, CancellationToken ct) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return await calendars.FeedAsync(token, ct) is { } feed ? Results.Text(feed, ContentType) : Results.NotFound();
        }).AllowAnonymous();

        endpoints.MapGet("/meetings/{id:int}/calendar.ics", async (int id, CalendarService calendars, CancellationToken ct) =>
            await calendars.MeetingAsync(id, ct) is { } ics ? Results.File(System.Text.Encoding.UTF8.GetBytes(ics), ContentType, $"meeting-{id}.ics") : Results.NotFound());
        return endpoints;
    }
}
