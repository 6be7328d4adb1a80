using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// Dates and times as minutes write them: "Monday 16th December 2024 – 14:00hrs", "Thursday 26 February, 10:00 am",
/// "04 March 2025, 14:00 – 16:00", "23 March 2021 at 10:30am", "28th July", "25/08/2022 2pm", "August 25, 2022".
/// </summary>
public static partial class MinutesDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A date written in <paramref name="text"/>: its day and month, its year if written, and the weekday if named.</summary>
    public static WrittenDate? FindDate(string text)
    {
        if (DayMonth().Match(text) is { Success: true } dm)
        {
            return Written(dm, dm.Groups["day"].Value, dm.Groups["month"].Value);
        }

        if (MonthDay().Match(text) is { Success: true } md)
        {
            return Written(md, md.Groups["day"].Value, md.Groups["month"].Value);
        }

        if (Numeric().Match(text) is { Success: true } n
            && int.TryParse(n.Groups["day"].Value, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(n.Groups["month"].Value, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 && d is >= 1 and <= 31)
        {
            var year = int.Parse(n.Groups["year"].Value, CultureInfo.InvariantCulture);
            return new WrittenDate(d, m, year < 100 ? 2000 + year : year, null, n.Index + n.Length);
        }

        return null;
    }

    /// <summary>The first time of day written at or after <paramref name="from"/>, and a second one if a range is given ("14:00 – 16:00").</summary>
    public static (TimeOnly? Start, TimeOnly? End) FindTimes(string text, int from = 0)
    {
        var times = Time().Matches(text[Math.Min(from, text.Length)..]).Select(ToTime).OfType<TimeOnly>().Take(2).ToList();
        return (times.Count > 0 ? times[0] : null, times.Count > 1 && times[1] > times[0] ? times[1] : null);
    }

    /// <summary>Every year (1990–2099) the text mentions, most mentioned first.</summary>
    public static IReadOnlyList<int> YearsMentioned(string text) => Year().Matches(text)
        .GroupBy(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();

    private static WrittenDate? Written(Match match, string day, string month)
    {
        var monthNumber = Array.IndexOf(Months, month[..3].ToLowerInvariant()) + 1;
        if (!int.TryParse(day, CultureInfo.InvariantCulture, out var dayNumber) || dayNumber is < 1 or > 31 || monthNumber == 0)
        {
            return null;
        }

        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        DayOfWeek? weekday = match.Groups["weekday"].Success
            ? Enum.GetValues<DayOfWeek>().First(w => w.ToString().StartsWith(match.Groups["weekday"].Value[..3], StringComparison.OrdinalIgnoreCase))
            : null;
        return new WrittenDate(dayNumber, monthNumber, year, weekday, match.Index + match.Length);
    }

    private static TimeOnly? ToTime(Match match)
    {
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["suffix"].Value.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
        if (suffix == "pm" && hour < 12)
        {
            hour += 12;
        }
        else if (suffix == "am" && hour == 12)
        {
            hour = 0;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    private const string Weekday = @"(?:(?<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?";
    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?";

    [GeneratedRegex(Weekday + @"(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+(?<year>(?:19|20)\d{2}))?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(Weekday + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d{2}))?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4}|\d{2})\b")]
    private static partial Regex Numeric();

    // "14:00", "14.00hrs", "10:30am", "2pm", "2 p.m.": a bare number is a time only with am/pm.
    [GeneratedRegex(@"\b(?<hour>\d{1,2})(?:(?:[:.](?<minute>\d{2}))\s*(?<suffix>am|pm|a\.m\.|p\.m\.)?|\s*(?<suffix>am|pm|a\.m\.|p\.m\.))(?![\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(?:19[89]\d|20\d{2})\b")]
    private static partial Regex Year();
}

/// <summary>A date as written: the year or weekday may be missing; <see cref="End"/> is where it ends in the text.</summary>
public sealed record WrittenDate(int Day, int Month, int? Year, DayOfWeek? Weekday, int End)
{
    public DateOnly? In(int year) => Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
}
