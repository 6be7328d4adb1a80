using System.Globalization;

namespace ActionTracker.Web.Infrastructure;

/// <summary>Dates as the minutes write them ("26 February 2021"), independent of the server's locale.</summary>
public static class UkFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string? Date(DateOnly? date) => date is { } value ? Date(value) : null;

    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    /// <summary>A UTC moment as London clock time, e.g. "16 Dec 2024 14:05".</summary>
    public static string LondonTime(DateTime utc) => ToLondon(utc).ToString("d MMM yyyy HH:mm", Culture);

    /// <summary>The London calendar day of a UTC moment, e.g. "16 Dec 2024": an update made just after midnight in summer (still the previous day in UTC) is dated the day it was made.</summary>
    public static string LondonShortDate(DateTime utc) => ToLondon(utc).ToString("d MMM yyyy", Culture);

    /// <summary>A date as typed in a form, "03/12/2026"; the browser's own date field would follow its locale (mm/dd/yyyy in America).</summary>
    public static string InputDate(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    /// <summary>A time as typed in a form, 24-hour "14:05".</summary>
    public static string InputTime(TimeOnly time) => time.ToString("HH:mm", Culture);

    /// <summary>Reads a typed date: day/month/year (3/12/2026, 03-12-2026, 3.12.26), or ISO (2026-12-03) as pasted from elsewhere.</summary>
    public static bool TryParseInputDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), InputDateFormats, Culture, DateTimeStyles.None, out date);

    /// <summary>Reads a typed 24-hour time: 14:05, 9:30, 14.05 or 1405.</summary>
    public static bool TryParseInputTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), InputTimeFormats, Culture, DateTimeStyles.None, out time);

    private static readonly string[] InputDateFormats =
        ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d M yyyy", "d/M/yy", "d-M-yy", "d.M.yy", "yyyy-M-d"];

    private static readonly string[] InputTimeFormats = ["H:mm", "H.mm", "HHmm"];

    private static DateTime ToLondon(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);
}
