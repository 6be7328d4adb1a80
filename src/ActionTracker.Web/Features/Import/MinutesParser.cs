using System.Text.RegularExpressions;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// Reads a set of minutes (plain text, or a Word document as <see cref="MinutesFileReader"/> gives it) into a
/// <see cref="ParsedMinutes"/>: pure text work, no database. The header and attendance come from
/// <see cref="PreambleReader"/>, the items from <see cref="ItemHeadings"/>, the actions from <see cref="ItemActions"/>,
/// the dates from <see cref="MinutesDates"/>. Built for the layouts, not for particular files.
/// </summary>
public static partial class MinutesParser
{
    public static ParsedMinutes Parse(string text)
    {
        var lines = MinutesText.Lines(text);
        var minutes = new ParsedMinutes();
        var preamble = new PreambleReader(minutes);
        var numbered = ItemHeadings.Numbered(lines);
        var sections = numbered.Count >= 2 ? NumberedSections(lines, numbered, preamble) : PlainSections(lines, preamble);

        minutes.Title = preamble.Title() ?? sections.FirstOrDefault()?.Title ?? "";
        minutes.Unplaced.AddRange(preamble.Unplaced);
        ReadItems(minutes, sections, preamble.Unplaced);
        MeetingHeader.Fill(minutes, preamble, text);
        minutes.NextMeeting = NextMeeting.Find(minutes, lines);
        foreach (var repeated in sections.Where(s => s.Repeated))
        {
            minutes.Warnings.Add($"Two items are numbered {repeated.Number}: both are kept, as minuted.");
        }

        return minutes;
    }

    /// <summary>Sections from numbered headings; the lines before the first heading are the preamble.</summary>
    private static List<Section> NumberedSections(IReadOnlyList<string> lines, IReadOnlyList<Heading> headings, PreambleReader preamble)
    {
        for (var i = 0; i < headings[0].Line; i++)
        {
            if (!preamble.Read(lines[i]))
            {
                preamble.Unplace(lines[i]);
            }
        }

        return headings.Select((h, k) => new Section(h.Number, h.Title, lines[h.Line], h.ExtraCells, h.Repeated,
            lines.Skip(h.Line + 1).Take((k + 1 < headings.Count ? headings[k + 1].Line : lines.Count) - h.Line - 1).ToList())).ToList();
    }

    /// <summary>Sections from short heading lines, for minutes that number nothing; items are numbered in order.</summary>
    private static List<Section> PlainSections(IReadOnlyList<string> lines, PreambleReader preamble)
    {
        var sections = new List<Section>();
        var i = 0;
        while (i < lines.Count && preamble.Read(lines[i]))
        {
            i++;
        }

        for (; i < lines.Count; i++)
        {
            var last = sections.LastOrDefault();
            var startsItem = last is null || (ItemKinds.Of(last.Title) != AgendaItemKind.NextMeeting
                && ItemHeadings.IsPlainHeading(lines[i]) && lines.Skip(i + 1).Any(l => l.Trim().Length > 0));
            if (startsItem)
            {
                var title = MinutesText.Flat(lines[i]);
                sections.Add(new Section((sections.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ItemHeadings.CleanTitle(title), lines[i], [], false, []));
            }
            else
            {
                last!.Body.Add(lines[i]);
            }
        }

        return sections;
    }

    private static void ReadItems(ParsedMinutes minutes, List<Section> sections, IReadOnlyList<string> preambleUnplaced)
    {
        var actions = new ItemActions(minutes);
        foreach (var (section, index) in sections.Select((s, i) => (s, i)))
        {
            var notes = new List<string>();
            if (index == 0)
            {
                // Kept in the nearest item's notes: text before the first item goes into the first.
                notes.AddRange(preambleUnplaced);
            }

            if (HeadingText(section) is { } heading && heading != section.Title)
            {
                // "ACTION: Total Recorded Crime: Bring back in 6 months…" is titled by its first words; the rest stays in the notes.
                notes.Add(heading);
            }

            notes.AddRange(section.ExtraCells);
            minutes.Unplaced.AddRange(section.ExtraCells);
            foreach (var line in section.Body)
            {
                var flat = MinutesText.Flat(line);
                if (flat.Length == 0)
                {
                    continue;
                }

                notes.Add(flat);
                minutes.Unplaced.AddRange(Stray(line, flat));
            }

            var kind = ItemKinds.Of(section.Title);
            var notesText = string.Join("\n", notes);
            minutes.Items.Add(new ParsedItem(section.Number, section.Title, kind, Question(kind, notesText), notesText, DeferredTo(kind, section)));
            actions.Read(index, section.Number, kind, section.HeadingLine, section.Body, notesText);
        }
    }

    private static string? HeadingText(Section section)
    {
        var cells = MinutesText.Cells(section.HeadingLine);
        var text = cells.Count > 1 && cells[0].StartsWith(section.Number, StringComparison.OrdinalIgnoreCase) ? cells[1] : string.Join(" ", cells);
        var withoutNumber = LeadingNumber().Replace(text, "");
        return withoutNumber.TrimEnd(':').Trim() is { Length: > 0 } title ? title : null;
    }

    /// <summary>Page numbers, and short cells beside a paragraph (a table's owner column, "ACTION"): kept, but flagged.</summary>
    private static IEnumerable<string> Stray(string line, string flat)
    {
        if (PageNumber().IsMatch(flat))
        {
            return [flat];
        }

        var cells = MinutesText.Cells(line);
        return cells.Count > 1 && cells.Any(c => c.Length > 40) ? cells.Where(c => c.Length <= 12) : [];
    }

    /// <summary>The PCC's question that opens the item, when the minutes give one ("The PCC asked…", "The PCC sought…").</summary>
    private static string? Question(AgendaItemKind kind, string notes) =>
        kind is AgendaItemKind.HoldingToAccount or AgendaItemKind.General or AgendaItemKind.Findings
        && PccQuestion().Match(notes) is { Success: true } question && question.Length <= 1000 ? question.Value.Trim() : null;

    /// <summary>"Deferred to the August meeting", in the item's heading or its first line.</summary>
    private static string? DeferredTo(AgendaItemKind kind, Section section)
    {
        if (kind == AgendaItemKind.OutstandingMatters)
        {
            return null;
        }

        var text = section.Title + " " + MinutesText.Flat(section.Body.FirstOrDefault(l => l.Trim().Length > 0) ?? "");
        return Deferred().Match(text) is { Success: true } deferred ? deferred.Groups["to"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(?:Item\s+)?\d{1,2}(?:\.\d{1,2})*[a-z]?(?:\.\d{1,2})?[.)]?\s+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"(?<=^|[.?!]\s|\n)The\s+(?:PCC|Commissioner|Chair)\s+(?:asked|sought|requested|queried|challenged|questioned)\b[^\n]*?(?:[.?](?=\s|$)|$)", RegexOptions.Multiline)]
    private static partial Regex PccQuestion();

    [GeneratedRegex(@"\b[Dd]eferred\s+(?:to|until)\s+(?:the\s+)?(?<to>[Nn]ext\s+meeting|(?:[A-Z0-9][\w&’'/-]*\s+){1,5}[Mm]eeting)")]
    private static partial Regex Deferred();

    private sealed record Section(string Number, string Title, string HeadingLine, IReadOnlyList<string> ExtraCells, bool Repeated, List<string> Body);
}
