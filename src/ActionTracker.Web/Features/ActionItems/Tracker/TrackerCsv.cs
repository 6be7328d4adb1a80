using System.Globalization;
using System.Text;

namespace ActionTracker.Web.Features.ActionItems.Tracker;

/// <summary>The tracker as RFC 4180 CSV: CRLF line ends, fields quoted only when they must be, dates as ISO 8601.</summary>
public static class TrackerCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    // Without the byte-order mark, Excel reads the file in the machine's ANSI code page and garbles "–", "’" and accented names.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(IReadOnlyList<TrackerExportRow> rows)
    {
        var csv = new StringBuilder();
        AppendRecord(csv, TrackerExport.Columns.Select(c => c.Header));
        foreach (var row in rows)
        {
            AppendRecord(csv, TrackerExport.Columns.Select(c => Field(c.Value(row))));
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(csv.ToString())];
    }

    private static void AppendRecord(StringBuilder csv, IEnumerable<string> fields) => csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");

    private static string Field(object? value) => value switch
    {
        null => "",
        string text => Defuse(text),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"No CSV form for a {value.GetType().Name}."),
    };

    /// <summary>
    /// Spreadsheets run a cell that starts with one of these as a formula, so a description such as "=HYPERLINK(...)"
    /// typed into the app would run on the reader's machine (CSV injection); a leading apostrophe keeps it text.
    /// </summary>
    private static string Defuse(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
