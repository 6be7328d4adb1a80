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

    private static DateTime ToLondon(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);
}
