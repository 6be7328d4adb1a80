using System.Text.RegularExpressions;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// Reads what comes before the first agenda item: the title, the header fields ("Date:", "Chair:", "Minutes:", "Venue"),
/// and attendance and apologies as lists or table rows. Lines it cannot place are listed as unplaced, never dropped.
/// </summary>
public sealed partial class PreambleReader(ParsedMinutes minutes)
{
    private readonly List<string> _titleCandidates = [];
    private AttendanceStatus? _section;
    private bool _sawField;

    public string? DateLine { get; private set; }
    public string? TimeLine { get; private set; }

    /// <summary>Lines the preamble could not place (page furniture, stray text), in order.</summary>
    public List<string> Unplaced { get; } = [];

    /// <summary>
    /// Reads one line; returns false when it is none of the preamble's, so (in minutes without numbered items) the agenda
    /// starts there, or (with numbered items) it is unplaced.
    /// </summary>
    public bool Read(string line)
    {
        var flat = MinutesText.Flat(line);
        if (flat.Length == 0 || AttendanceReader.IsHeaderRow(line))
        {
            return true;
        }

        var cells = MinutesText.Cells(line);
        if (Field().Match(MinutesText.WithoutBullet(cells[0])) is { Success: true } field && IsField(field, cells.Count))
        {
            var value = MinutesText.Squash(string.Join("\t", new[] { field.Groups["value"].Value }.Concat(cells.Skip(1))).Trim('\t'));
            ReadField(field.Groups["label"].Value.ToLowerInvariant(), value, cells.Count > 1 ? string.Join("\t", cells.Skip(1)) : null);
            return true;
        }

        var status = _section ?? AttendanceStatus.Present;
        if ((_section is not null || MinutesText.IsBulleted(line) || cells.Count > 1)
            && AttendanceReader.Read(line, status, _section is not null) is { } attendee)
        {
            minutes.Attendees.Add(attendee);
            return true;
        }

        if (!_sawField && minutes.Attendees.Count == 0)
        {
            _titleCandidates.Add(flat);
            return true;
        }

        return false;
    }

    /// <summary>The title: the last line before the header fields (earlier ones are page furniture, kept as unplaced).</summary>
    public string? Title()
    {
        Unplaced.InsertRange(0, _titleCandidates.SkipLast(1));
        return _titleCandidates.LastOrDefault();
    }

    public void Unplace(string line) => Unplaced.Add(MinutesText.Flat(line));

    private void ReadField(string label, string value, string? cellsAfterLabel)
    {
        _sawField = true;
        if (label.StartsWith("date", StringComparison.Ordinal))
        {
            DateLine ??= value;
        }
        else if (label == "time")
        {
            TimeLine ??= value;
        }
        else if (label.StartsWith("chair", StringComparison.Ordinal))
        {
            minutes.Chair ??= value;
        }
        else if (label is "venue" or "location" or "place" or "where")
        {
            minutes.Venue ??= value.Length > 0 ? value : null;
        }
        else if (label.StartsWith("minute", StringComparison.Ordinal) || label.StartsWith("note", StringComparison.Ordinal) || label == "secretary")
        {
            minutes.MinuteTaker ??= value;
        }
        else
        {
            _section = label.StartsWith("apolog", StringComparison.Ordinal) ? AttendanceStatus.Apologies
                : label.StartsWith("observer", StringComparison.Ordinal) ? AttendanceStatus.Observer : AttendanceStatus.Present;
            ReadSectionValue(value, cellsAfterLabel);
        }
    }

    /// <summary>"Apologies: Jane Smith (ACC), John Doe" or a table row after its "Attendance:" label cell.</summary>
    private void ReadSectionValue(string value, string? cellsAfterLabel)
    {
        var status = _section!.Value;
        if (cellsAfterLabel is not null)
        {
            if (AttendanceReader.Read(cellsAfterLabel, status, inAttendanceSection: true) is { } row)
            {
                minutes.Attendees.Add(row);
            }

            return;
        }

        if (value.Length == 0 || None().IsMatch(value))
        {
            return;
        }

        var entries = value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var read = entries.Select(e => AttendanceReader.Read(e, status, inAttendanceSection: true)).ToList();
        if (entries.Length > 1 && read.All(r => r is { Problem: null } || r is { Capacity.Length: 0 }))
        {
            minutes.Attendees.AddRange(read.OfType<ParsedAttendee>().Select(r => { r.Problem = null; return r; }));
        }
        else
        {
            minutes.Attendees.Add(AttendanceReader.Read(value, status, inAttendanceSection: true)
                ?? new ParsedAttendee { Name = value, Status = status, Problem = "Could not tell the name from the capacity: correct this entry." });
        }
    }

    private static bool IsField(Match field, int cellCount) =>
        field.Groups["sep"].Success || cellCount > 1 || field.Groups["value"].Length == 0 || Loose().IsMatch(field.Groups["label"].Value);

    [GeneratedRegex(@"^(?<label>Date(?:\s+and\s+time)?|Time|Chair(?:ed\s+by)?|Chairperson|Minutes?(?:\s+taken\s+by|\s+taker)?|Minute[- ]taker|Note[- ]?taker|Notes\s+taken\s+by|Secretary|Venue|Location|Place|Where|Present|Attendees|Attendance|In\s+attendance|Also\s+present|Apologies(?:\s+received)?(?:\s+from)?|Observers?)(?![\w])\s*(?<sep>[:–—-])?\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    // Labels that may stand without a colon: "Venue Virtual", "Chair John Campion", a bare "Attendees" heading.
    [GeneratedRegex(@"^(?:Venue|Location|Chair|Present|Attendees|Attendance|In\s+attendance|Apologies)$", RegexOptions.IgnoreCase)]
    private static partial Regex Loose();

    [GeneratedRegex(@"^(?:none|nil|n/?a|no apologies)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex None();
}
