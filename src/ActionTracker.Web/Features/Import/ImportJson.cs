using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// The one JSON line `--import-minutes` prints for the meeting it made. Dates and times are the minutes' own, UK local
/// time (Europe/London), written as ISO 8601 without an offset: "2022-08-25T10:00"; due dates as "2022-10-04".
/// </summary>
public static class ImportJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(int meetingId, ImportPreview preview)
    {
        var minutes = preview.Input.Minutes;
        var json = new JsonObject
        {
            ["meeting"] = meetingId,
            ["title"] = minutes.Title,
            ["date"] = minutes.Date is { } date ? Local(date.ToDateTime(minutes.StartTime ?? MeetingHeader.AssumedStart)) : null,
            ["chair"] = minutes.Chair,
            ["minute_taker"] = minutes.MinuteTaker,
            ["venue"] = minutes.Venue,
            ["attendees"] = Array(minutes.Attendees.Where(a => a.Status != Data.Entities.AttendanceStatus.Apologies)
                .Select(a => new JsonObject { ["name"] = a.Name, ["capacity"] = a.Capacity, ["initials"] = a.Initials })),
            ["apologies"] = Array(minutes.Apologies.Select(name => JsonValue.Create(name))),
            ["items"] = Array(minutes.Items.Select(i => new JsonObject { ["number"] = i.Number, ["title"] = i.Title })),
            ["actions"] = Array(preview.Actions.Select(a => new JsonObject
            {
                ["number"] = a.Action.Number,
                ["item"] = a.Action.ItemNumber,
                ["description"] = a.Action.Description,
                ["owners"] = Array(a.Owners.Select(o => new JsonObject { ["written"] = o.Written, ["post"] = o.Post, ["person"] = o.Person })),
                ["due"] = a.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })),
            ["next_meeting"] = minutes.NextMeeting is { } next ? Local(next) : null,
            ["unplaced"] = Array(minutes.Unplaced.Select(u => JsonValue.Create(u))),
        };
        return json.ToJsonString(Options);
    }

    private static string Local(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static JsonArray Array(IEnumerable<JsonNode?> nodes) => new([.. nodes]);
}
