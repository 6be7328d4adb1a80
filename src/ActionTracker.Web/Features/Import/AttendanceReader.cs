using System.Text.RegularExpressions;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// Reads one attendance entry in the forms minutes use: a list line "John Campion – Police and Crime Commissioner (PCC)",
/// "Richard Cooper-T/ Chief Constable (T/CC)", "Rachel Jones. Assistant Chief Constable (ACC)", "Thom Dancox, Policy
/// Intern (observer)", or a table row "John Campion | Police and Crime Commissioner (PCC)". A row whose cells do not fit
/// name-then-capacity is kept as read, with the reason, for the secretariat to correct: never guessed.
/// </summary>
public static partial class AttendanceReader
{
    /// <summary>The entry the line holds, or null when it is not an attendance entry.</summary>
    public static ParsedAttendee? Read(string line, AttendanceStatus status, bool inAttendanceSection)
    {
        var cells = MinutesText.Cells(line);
        if (cells.Count == 0)
        {
            return null;
        }

        if (cells.Count > 1)
        {
            return FromCells(cells, status);
        }

        var text = MinutesText.WithoutBullet(cells[0]);
        if (Entry().Match(text) is { Success: true } entry)
        {
            return Attendee(entry.Groups["name"].Value, entry.Groups["capacity"].Value, status, null);
        }

        // Under an "Attendees" or "Apologies" heading, a bare name is an entry too (its capacity to be filled in).
        var bracket = Bracketed().Match(text);
        var name = bracket.Success ? text[..bracket.Index].Trim() : text.Trim();
        return inAttendanceSection && BareName().IsMatch(name)
            ? new ParsedAttendee
            {
                Name = name, Capacity = "", Initials = bracket.Success ? bracket.Groups["inner"].Value.Trim() : null, Status = status,
                // Apologies are usually minuted by name alone; an attendee without a capacity is worth a look.
                Problem = status == AttendanceStatus.Apologies ? null : "No capacity given: add it, or leave it blank.",
            }
            : null;
    }

    /// <summary>Whether the cells are a table's header row ("Name:", "Capacity:").</summary>
    public static bool IsHeaderRow(string line) => MinutesText.Cells(line) is { Count: > 1 } cells
        && cells.All(c => HeaderWord().IsMatch(c));

    private static ParsedAttendee FromCells(IReadOnlyList<string> cells, AttendanceStatus status)
    {
        var name = cells[0];
        var capacity = cells[1];
        var problem = cells.Count > 2 ? $"This row has {cells.Count} columns where name and capacity were expected: check which is which." : null;
        if (!BareName().IsMatch(name))
        {
            problem = "The first column does not look like a name: the columns may not line up.";
        }
        else if (BareName().IsMatch(capacity) && !capacity.Contains('(', StringComparison.Ordinal) && !KnownRole().IsMatch(capacity))
        {
            problem ??= "The capacity looks like another name: the columns may not line up.";
        }

        var extra = cells.Count > 2 ? " " + string.Join(" ", cells.Skip(2)) : "";
        return Attendee(name, capacity + extra, status, problem);
    }

    private static ParsedAttendee Attendee(string name, string capacityText, AttendanceStatus status, string? problem)
    {
        var capacity = MinutesText.Squash(capacityText).Trim(' ', ',', '.', ';');
        string? initials = null;
        if (Bracketed().Match(capacity) is { Success: true } bracket)
        {
            initials = MinutesText.Squash(bracket.Groups["inner"].Value);
            capacity = capacity[..bracket.Index].Trim();
            if (string.Equals(initials, "observer", StringComparison.OrdinalIgnoreCase))
            {
                (initials, status) = (null, AttendanceStatus.Observer);
            }
        }

        return new ParsedAttendee { Name = MinutesText.Squash(name).Trim(' ', ',', '.'), Capacity = capacity, Initials = initials, Status = status, Problem = problem };
    }

    private const string NameWord = @"(?:[A-Z][a-z]?\.|[A-Z][A-Za-z'’]*[a-z](?:-[A-Z][A-Za-z'’]*[a-z])?)";

    // A name of two to four capitalised words, then a separator ("–", "-", ",", ".", ":"), then the capacity.
    [GeneratedRegex(@"^(?<name>" + NameWord + @"(?:\s+" + NameWord + @"){1,3})\s*(?:[–—:,]|\.\s|\s-\s?|-(?=\s*[A-Z]))\s*(?<capacity>\S.*)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^" + NameWord + @"(?:\s+" + NameWord + @"){1,3}$")]
    private static partial Regex BareName();

    [GeneratedRegex(@"\((?<inner>[^()]{1,20})\)\s*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?:Name|Capacity|Role|Title|Position|Initials|Organisation|Present|Attendance)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderWord();

    [GeneratedRegex(@"\b(?:Commissioner|Constable|Officer|Manager|Head|Director|Chief|Assistant|Superintendent|Inspector|Secretary|Advisor|Adviser|Analyst|Lead|Intern|Chair)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KnownRole();
}
