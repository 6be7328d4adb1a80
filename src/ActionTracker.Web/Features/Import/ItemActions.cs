using System.Text.RegularExpressions;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings.QuickEntry;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// The actions minuted under each item, read by quick entry's <see cref="ActionLineParser"/> (the one reader of "ACTION:",
/// "ACTION-", "Action N:" and "Actions arising" lists, with the action on the heading's own line or "no actions arising").
/// Under outstanding matters, and its sub-items, a marked line is a matter brought forward from an earlier meeting, not
/// a new action.
/// </summary>
public sealed partial class ItemActions(ParsedMinutes minutes)
{
    private string? _outstandingNumber;
    private string? _outstandingFrom;

    public void Read(int itemIndex, string itemNumber, AgendaItemKind kind, string headingLine, IReadOnlyList<string> body, string notes)
    {
        var isOutstanding = kind == AgendaItemKind.OutstandingMatters;
        var underOutstanding = _outstandingNumber is { } parent && itemNumber.StartsWith(parent + ".", StringComparison.Ordinal);
        if (isOutstanding)
        {
            (_outstandingNumber, _outstandingFrom) = (itemNumber, FromMeeting(notes));
        }
        else if (!underOutstanding)
        {
            _outstandingNumber = null;
        }

        var text = string.Join("\n", new[] { headingLine }.Concat(body));
        foreach (var line in ActionLineParser.Parse(text))
        {
            if (isOutstanding || underOutstanding)
            {
                minutes.BroughtForward.Add(new BroughtForwardMatter(itemNumber, line.Description, FromMeeting(notes) ?? _outstandingFrom, line.Number));
            }
            else
            {
                minutes.Actions.Add(new ParsedAction(minutes.Actions.Count + 1, itemIndex, itemNumber, line.Description, line.OwnerText));
            }
        }
    }

    private static string? FromMeeting(string notes) =>
        EarlierMeeting().Match(notes) is { Success: true } from ? from.Groups["meeting"].Value.Trim() : null;

    // "Two actions arising from the May 2020 Performance Meeting were due…": the meeting named.
    [GeneratedRegex(@"\bfrom\s+the\s+(?<meeting>[A-Z0-9][^,.;\n]{0,80}?\b[Mm]eeting)\b")]
    private static partial Regex EarlierMeeting();
}
