using System.Globalization;

namespace ActionTracker.Web.Features.ActionItems.Tracker;

/// <summary>One column of the downloads. A value is text, a <see cref="DateOnly"/> or an int, so Excel can keep dates as dates.</summary>
public sealed record ExportColumn(string Header, double Width, Func<TrackerExportRow, object?> Value);

/// <summary>A download format of the tracker: its name on the link, the file extension, and the writer.</summary>
public sealed record ExportFormat(string Name, string Extension, string ContentType, Func<IReadOnlyList<TrackerExportRow>, byte[]> Write);

/// <summary>What the tracker's downloads hold and where they live; the CSV and Excel writers share these columns.</summary>
public static class TrackerExport
{
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("Reference", 12, r => r.Action.Reference),
        new("Description", 60, r => r.Action.Description),
        new("Owners", 30, r => r.Action.Owners),
        new("Raised at (meeting)", 40, r => r.Action.RaisedAt),
        new("Item", 7, r => r.Action.AgendaNumber),
        new("Due", 12, r => r.Action.DueDate),
        new("Status", 26, r => r.Action.StatusName),
        new("Last update", 60, r => r.LastUpdate),
        new("Days overdue", 13, r => r.Action.DaysOverdue),
    ];

    public static readonly ExportFormat Csv = new("CSV", "csv", TrackerCsv.ContentType, TrackerCsv.Write);

    public static readonly ExportFormat Excel = new("Excel", "xlsx", TrackerXlsx.ContentType, TrackerXlsx.Write);

    public static readonly IReadOnlyList<ExportFormat> Formats = [Csv, Excel];

    /// <summary>The download of exactly <paramref name="filter"/>'s view: the same query string as /actions.</summary>
    public static string Url(ExportFormat format, ActionFilter filter) => Path(format) + filter.ToQueryString();

    public static string Path(ExportFormat format) => $"/actions/export.{format.Extension}";

    /// <summary>Dated, so downloads taken on different days do not overwrite each other, e.g. "actions-2026-11-22.csv".</summary>
    public static string FileName(ExportFormat format, DateOnly today) =>
        $"actions-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{format.Extension}";
}
