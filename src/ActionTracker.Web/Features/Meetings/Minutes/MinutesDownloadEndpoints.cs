namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>
/// The minutes as Word and PDF files. /public/meetings/{id}/minutes.docx|pdf: anyone, published minutes only, confidential
/// items withheld, anything else 404. /meetings/{id}/minutes.docx|pdf: signed-in staff (the fallback policy), any stage,
/// confidential items marked, and the draft mark until published.
/// </summary>
public static class MinutesDownloadEndpoints
{
    private static readonly (string Extension, string ContentType, Func<MinutesDocument, byte[]> Write)[] Formats =
    [
        ("docx", MinutesWord.ContentType, MinutesWord.Write),
        ("pdf", MinutesPdf.ContentType, MinutesPdf.Write),
    ];

    public static string PublicPath(int meetingId, string extension) => $"/public/meetings/{meetingId}/minutes.{extension}";

    public static string StaffPath(int meetingId, string extension) => $"/meetings/{meetingId}/minutes.{extension}";

    public static IEndpointRouteBuilder MapMinutesDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var format in Formats)
        {
            endpoints.MapGet($"/public/meetings/{{id:int}}/minutes.{format.Extension}",
                    (int id, HttpContext context, MinutesService minutes, CancellationToken ct) => FileAsync(id, MinutesAudience.Public, format, context, minutes, ct))
                .AllowAnonymous();
            endpoints.MapGet($"/meetings/{{id:int}}/minutes.{format.Extension}",
                (int id, HttpContext context, MinutesService minutes, CancellationToken ct) => FileAsync(id, MinutesAudience.Staff, format, context, minutes, ct));
        }

        return endpoints;
    }

    private static async Task<IResult> FileAsync(
        int id, MinutesAudience audience, (string Extension, string ContentType, Func<MinutesDocument, byte[]> Write) format,
        HttpContext context, MinutesService minutes, CancellationToken ct)
    {
        if (await minutes.GetDocumentAsync(id, audience, ct) is not { } document)
        {
            return Results.NotFound();
        }

        // Staff copies carry confidential items and drafts: no browser or proxy keeps one. Published minutes may be cached briefly.
        context.Response.Headers.CacheControl = audience == MinutesAudience.Public ? "public, max-age=300" : "no-store";
        return Results.File(format.Write(document), format.ContentType, document.FileName(format.Extension));
    }
}
