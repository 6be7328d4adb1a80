using System.Globalization;

namespace ActionTracker.Web.Infrastructure;

/// <summary>Dates as the minutes write them ("26 February 2021"), independent of the server's locale.</summary>
public static class UkFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string? Date(DateOnly? date) => date is { } value ? Date(value) : null;

    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", Culture);
}
