using System.Text.RegularExpressions;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// Finds the agenda items' headings. Numbered minutes ("1.", "1.1", "2.3", "5a") are read by their numbers, which must
/// follow on from the previous heading, so a date or a numbered list inside an item's notes starts no item; minutes with
/// no numbers (the December 2024 layout) by their short heading lines, numbered 1, 2, 3… in order.
/// </summary>
public static partial class ItemHeadings
{
    /// <summary>The numbered headings, by line index; a repeated number (two items "5") is accepted and said.</summary>
    public static IReadOnlyList<Heading> Numbered(IReadOnlyList<string> lines)
    {
        var found = new List<Heading>();
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Split('\t').Select(MinutesText.Squash).ToList();
            var first = MinutesText.Squash(lines[i]);
            var match = Numbered().Match(cells.Count > 1 && cells[0].Length > 0 ? cells[0] + " " + cells[1] : first);
            if (!match.Success || lines[i].StartsWith('\t') || lines[i].StartsWith(' '))
            {
                continue;
            }

            var number = AgendaNumber.Normalise(match.Groups["number"].Value);
            var title = match.Groups["title"].Value.Trim();
            var previous = found.LastOrDefault()?.Number;
            if (AgendaNumber.IsWellFormed(number) && !DateLike().IsMatch(title) && Follows(previous, number, title))
            {
                var extra = cells.Count > 2 && cells[0].Length > 0 ? cells.Skip(2).Where(c => c.Length > 0).ToList() : [];
                found.Add(new Heading(i, number, CleanTitle(title), extra, Repeated: found.Any(h => h.Number == number)));
            }
        }

        return found;
    }

    /// <summary>Whether a line of minutes without numbers is a heading: short, not a sentence, not a list entry.</summary>
    public static bool IsPlainHeading(string line)
    {
        var flat = MinutesText.Flat(line);
        return flat.Length is >= 3 and <= 90 && !MinutesText.IsBulleted(line) && char.IsUpper(flat[0])
            && flat.Split(' ').Length <= 12 && !".,;!?".Contains(flat[^1], StringComparison.Ordinal) && !flat.Contains(". ", StringComparison.Ordinal);
    }

    /// <summary>"ACTION: Total Recorded Crime: Bring back in 6 months…" is titled "Total Recorded Crime"; a trailing colon goes.</summary>
    public static string CleanTitle(string title)
    {
        var text = ActionMarker().Replace(title, "").Trim().TrimEnd(':').Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon is > 2 and < 60 && text.Length > colon + 20 ? text[..colon].Trim() : text;
    }

    private static bool Follows(string? previous, string number, string title)
    {
        var top = Top(number);
        if (previous is null)
        {
            return top <= 5;
        }

        var previousTop = Top(previous);
        if (number == previous || (top == previousTop && number == top.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            // A second item "5" (holding to account, then AOB) is a heading; "5. The DCC to confirm…" in a list is not.
            return !title.EndsWith('.') && title.Split(' ').Length <= 12;
        }

        return top == previousTop ? string.CompareOrdinal(AgendaNumber.SortKey(number), AgendaNumber.SortKey(previous)) > 0
            : top > previousTop && top <= previousTop + 2;
    }

    private static int Top(string number) => int.Parse(TopDigits().Match(number).Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:Item\s+)?(?<number>\d{1,2}(?:\.\d{1,2})*[a-z]?(?:\.\d{1,2})?)(?:[.)]|(?<=[a-z]))?\s+(?<title>[A-Z‘'""“(].{0,300})$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{4}|\d{1,2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"^\s*ACTION\s*(?::|[-–—]+\s*:?)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ActionMarker();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex TopDigits();
}

/// <summary>An item's heading line: where it is, its number and title, and any cells beside the title (kept as unplaced).</summary>
public sealed record Heading(int Line, string Number, string Title, IReadOnlyList<string> ExtraCells, bool Repeated);
