using System.Text;
using System.Text.RegularExpressions;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>
/// Agenda item numbers as minuted: "1", "1.1", "2.3", "5a", "5a.1". Each dot-separated part is a number of up to three
/// digits, optionally followed by one lower-case letter.
/// </summary>
public static partial class AgendaNumber
{
    [GeneratedRegex(@"^\d{1,3}[a-z]?(\.\d{1,3}[a-z]?){0,3}$")]
    private static partial Regex WellFormed();

    [GeneratedRegex(@"^(\d+)([a-z]?)$")]
    private static partial Regex Part();

    /// <summary>Trims, lower-cases letters and drops a trailing dot ("2." as typed in the seeds' minutes is "2").</summary>
    public static string Normalise(string number) => number.Trim().TrimEnd('.').ToLowerInvariant();

    public static bool IsWellFormed(string number) => WellFormed().IsMatch(Normalise(number));

    /// <summary>
    /// The warning shown while an item takes a number another item of the meeting already has: accepted (minutes do
    /// number two items "5"), but said, in case it is a slip. Null when the number is free.
    /// </summary>
    public static string? RepeatWarning(string? number, IEnumerable<AgendaItemDto> items, int itemId)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var normalised = Normalise(number);
        return items.FirstOrDefault(i => i.Id != itemId && i.Number == normalised) is { } other
            ? $"There is already an item {normalised} ({other.Title}). Both will be kept, this one after it."
            : null;
    }

    /// <summary>A string that sorts agenda numbers naturally: 1 &lt; 1.1 &lt; 1.2 &lt; 1.10 &lt; 2 &lt; 5 &lt; 5a &lt; 5a.1 &lt; 10.</summary>
    public static string SortKey(string number)
    {
        var key = new StringBuilder();
        foreach (var part in Normalise(number).Split('.'))
        {
            var match = Part().Match(part);
            if (!match.Success)
            {
                throw new ArgumentException($"'{number}' is not a well-formed agenda number.", nameof(number));
            }

            if (key.Length > 0)
            {
                key.Append('.');
            }

            key.Append(match.Groups[1].Value.PadLeft(3, '0')).Append(match.Groups[2].Success && match.Groups[2].Length > 0 ? match.Groups[2].Value : " ");
        }

        return key.ToString();
    }
}
