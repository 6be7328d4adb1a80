using System.Text.RegularExpressions;

namespace ActionTracker.Web.Features.Meetings.QuickEntry;

/// <summary>
/// Finds the actions typed in an item's notes, in the forms the OPCC's minutes use: "ACTION:", "ACTION -", "ACTION-:",
/// "Action 3:" (at the start of a line, of a table cell, or after a sentence), and the entries of an "Actions arising"
/// list or table, or written on the heading's own line ("Actions arising: Findings to be shared…"). "There were no
/// actions arising" (or "None") is no action. Pure text work: who the owner is gets decided by <see cref="OwnerResolver"/>.
/// The importer reads minutes through this same parser, so live capture and import agree on what an action is.
/// </summary>
public static partial class ActionLineParser
{
    private static readonly char[] ListMarkers = ['•', '-', '–', '—', '*'];
    private static readonly HashSet<string> HeaderCells = new(["No.", "No", "#", "Action", "Actions", "Description"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<ActionLine> Parse(string? notes)
    {
        var lines = (notes ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var found = new List<ActionLine>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (ActionsArisingHeading().Match(lines[i].Trim()) is { Success: true } heading)
            {
                // After the heading's dash or colon come either its owner ("– OPCC") or the first action itself.
                var rest = NullIfEmpty(heading.Groups["rest"].Value);
                var restIsAction = rest is not null && IsSentence(rest);
                if (restIsAction)
                {
                    AddIfAny(found, null, rest!, headingOwner: null);
                }

                i = ReadArisingList(lines, i + 1, restIsAction ? null : rest, found) - 1;
                continue;
            }

            i = ReadMarkedLine(lines, i, found);
        }

        return found;
    }

    /// <summary>Reads the actions marked in one line; returns the index of its last line (a list may follow a final ":").</summary>
    private static int ReadMarkedLine(string[] lines, int i, List<ActionLine> found)
    {
        // Minutes kept as tables put the number, the text and an "Action" column in tab-separated cells.
        foreach (var cell in lines[i].Split('\t'))
        {
            var markers = Marker().Matches(cell);
            for (var m = 0; m < markers.Count; m++)
            {
                var end = m + 1 < markers.Count ? markers[m + 1].Index : cell.Length;
                var text = cell[(markers[m].Index + markers[m].Length)..end];
                if (m + 1 == markers.Count && text.TrimEnd().EndsWith(':'))
                {
                    // "…to undertake the following activity:" is followed by its list of steps.
                    for (; i + 1 < lines.Length && IsListEntry(lines[i + 1]); i++)
                    {
                        text += " " + lines[i + 1].Trim();
                    }
                }

                AddIfAny(found, Number(markers[m].Groups["number"].Value), text, headingOwner: null);
            }
        }

        return i;
    }

    /// <summary>Reads the entries under an "Actions arising" heading; returns the index of the first line after the list.</summary>
    private static int ReadArisingList(string[] lines, int from, string? headingOwner, List<ActionLine> found)
    {
        var i = from;
        for (; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // An entry is a list item or a sentence; anything else (the next heading, "as set out above") ends the list,
            // and so does "There were no actions arising."
            if (NoActions().IsMatch(line) || Marker().IsMatch(line) || !(IsListEntry(line) || line.EndsWith('.') || line.Contains('\t', StringComparison.Ordinal) || line.Contains('|', StringComparison.Ordinal)))
            {
                break;
            }

            var cells = line.Split(['\t', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (cells.Length > 1)
            {
                // A table row: optional number, the action, then its owner. Its header row is no action.
                var numbered = int.TryParse(cells[0], out var cellNumber);
                var row = numbered ? cells[1..] : cells;
                if (row.Length > 0 && !HeaderCells.Contains(row[0]))
                {
                    AddIfAny(found, numbered ? cellNumber : null, row[0], row.Length > 1 ? row[1] : headingOwner);
                }

                continue;
            }

            // A list entry names its owner in its words ("DCC to confirm…") or takes the heading's.
            var number = ListNumber().Match(line);
            var text = number.Success ? line[number.Length..] : line.TrimStart(ListMarkers);
            AddIfAny(found, Number(number.Groups["number"].Value), text, headingOwner);
        }

        return i;
    }

    private static void AddIfAny(List<ActionLine> found, int? number, string text, string? headingOwner)
    {
        var description = Spaces().Replace(text, " ").Trim();
        if (description.Length > 0 && !NoActions().IsMatch(description))
        {
            found.Add(new ActionLine(number, description, OwnerPrefix().Match(description) is { Success: true } owner
                ? owner.Groups["owner"].Value.Trim()
                : headingOwner));
        }
    }

    private static bool IsListEntry(string line) => line.TrimStart() is { Length: > 1 } trimmed
        && (ListMarkers.Contains(trimmed[0]) && char.IsWhiteSpace(trimmed[1]) || ListNumber().IsMatch(trimmed));

    /// <summary>
    /// Whether the words after an "Actions arising" heading are an action rather than its owner: an owner is a few words
    /// ("OPCC", "Force and PCC leads"); an action says what is to be done ("… to be shared", "CC to share …") or is a sentence.
    /// </summary>
    private static bool IsSentence(string text) =>
        NoActions().IsMatch(text) || text.EndsWith('.') || ToVerb().IsMatch(text) || Spaces().Split(text).Length > 5;

    private static int? Number(string? digits) => int.TryParse(digits, out var number) ? number : null;

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // "ACTION:", "Action 3:", "ACTION -", "ACTION-:", "Action –": at the start of a line or cell, or after a sentence's end.
    [GeneratedRegex(@"(?<=^\s*|[.!?]\s+)\bACTION(?:\s+(?<number>\d+))?\s*(?::|[-–—]+\s*:?)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+)?(?:Summary\s+of\s+)?Actions?\s+arising\b(?:\s*[-–—:]\s*(?<rest>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionsArisingHeading();

    // "There were no actions arising.", "No actions arising", "No new actions.", "None", "Nil", "N/A".
    [GeneratedRegex(@"^(?:(?:there\s+(?:were|are|was)\s+)?no\s+(?:new\s+|further\s+)?actions?(?:\s+arising)?(?:\s+(?:from|at)\s+this\s+(?:meeting|item))?|none|nil|n/a)\s*[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoActions();

    [GeneratedRegex(@"\sto\s+\w", RegexOptions.IgnoreCase)]
    private static partial Regex ToVerb();

    [GeneratedRegex(@"^(?<number>\d+)[.)]\s+")]
    private static partial Regex ListNumber();

    // "CC to share…", "RJ and CR to meet…", "Force and PCC leads to establish…": a short phrase before the first "to".
    // The first "to" decides (no word of the phrase is "to"); "Focus to be given…" names no owner (a passive sentence),
    // and the phrase never crosses a colon ("Outcomes: PCC wants…").
    [GeneratedRegex(@"^(?<owner>(?:(?!to\b)[^\s:;()]+\s+){0,5}(?!to\b)[^\s:;()]+)\s+to\s+(?!be\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
