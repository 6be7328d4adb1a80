using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// The numbers Word draws in front of auto-numbered paragraphs ("2.1", "b)", "Action 3:"), which the document's text
/// does not hold: without them an item heading or a numbered action reads as a plain line. Follows Word's rules, read
/// in document order: a paragraph's list (its own w:numPr, or its style's) is a w:num pointing at an abstract list;
/// lists sharing an abstract list continue one count, except that a list with a start override (w:lvlOverride /
/// w:startOverride) restarts that level when first used; numbering a level restarts the levels below it (unless their
/// w:lvlRestart says otherwise); w:lvlText places each level's count ("%1.%2") in that level's own format
/// (decimal, letters, roman; all decimal under w:isLgl). Bullets read as "•".
/// </summary>
public sealed partial class WordNumbering
{
    private const int Levels = 9;
    private const string Bullet = "•";

    private readonly Dictionary<int, NumberingInstance> _lists;
    private readonly Dictionary<int, AbstractNum> _abstracts;
    private readonly Dictionary<string, Style> _styles;
    private readonly Dictionary<int, int?[]> _counts = [];
    private readonly HashSet<(int List, int Level)> _overridesApplied = [];

    private WordNumbering(MainDocumentPart? main)
    {
        var numbering = main?.NumberingDefinitionsPart?.Numbering;
        _lists = numbering?.Elements<NumberingInstance>().Where(n => n.NumberID?.Value is not null)
            .GroupBy(n => n.NumberID!.Value).ToDictionary(g => g.Key, g => g.Last()) ?? [];
        _abstracts = numbering?.Elements<AbstractNum>().Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value).ToDictionary(g => g.Key, g => g.Last()) ?? [];
        _styles = main?.StyleDefinitionsPart?.Styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.Last()) ?? [];
    }

    /// <summary>Numbering for one document, to be asked paragraph by paragraph in document order (counts run on).</summary>
    public static WordNumbering For(WordprocessingDocument document) => new(document.MainDocumentPart);

    /// <summary>The label Word shows before the paragraph ("2.1", "Action 3:", "•"), or null when it is not in a list.</summary>
    public string? Label(Paragraph paragraph)
    {
        if (ListOf(paragraph) is not ({ } listId, var level) || listId == 0)
        {
            return null;
        }

        if (!_lists.TryGetValue(listId, out var list) || list.AbstractNumId?.Val?.Value is not { } abstractId
            || !_abstracts.TryGetValue(abstractId, out var abstractList))
        {
            // Numbered, but the document does not say how: a list entry all the same.
            return Bullet;
        }

        var levels = Enumerable.Range(0, Levels).Select(l => LevelOf(list, abstractList, l)).ToArray();
        if (levels[level] is not { } shown)
        {
            return Bullet;
        }

        var counts = Count(listId, list, abstractId, levels, level);
        var format = shown.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.Bullet)
        {
            return Bullet;
        }

        var legal = shown.IsLegalNumberingStyle is not null && (shown.IsLegalNumberingStyle.Val?.Value ?? true);
        var text = shown.LevelText?.Val?.Value ?? $"%{level + 1}.";
        var label = Placeholder().Replace(text, m =>
        {
            var referenced = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
            var count = counts[referenced] ?? Start(levels[referenced]);
            return Format(count, legal ? NumberFormatValues.Decimal : levels[referenced]?.NumberingFormat?.Val?.Value);
        }).Trim();
        return label.Length > 0 ? label : null;
    }

    /// <summary>Counts one more paragraph at <paramref name="level"/>; returns the counts of every level as they now stand.</summary>
    private int?[] Count(int listId, NumberingInstance list, int abstractId, Level?[] levels, int level)
    {
        if (!_counts.TryGetValue(abstractId, out var counts))
        {
            _counts[abstractId] = counts = new int?[Levels];
        }

        // A list that restarts a level (w:startOverride) does so the first time it numbers that level; after, it runs on.
        if (StartOverride(list, level) is { } restart && _overridesApplied.Add((listId, level)))
        {
            counts[level] = restart;
        }
        else
        {
            counts[level] = counts[level] is { } current ? current + 1 : Start(levels[level]);
        }

        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            // w:lvlRestart n restarts a level only after levels 1…n (1-based); 0 never; absent, after any level above it.
            var restartAfter = levels[deeper]?.LevelRestart?.Val?.Value ?? deeper;
            if (level < restartAfter)
            {
                counts[deeper] = null;
            }
        }

        return counts;
    }

    /// <summary>The paragraph's list and level: its own w:numPr first, else its style's (through w:basedOn).</summary>
    private (int List, int Level)? ListOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var styled = StyleNumbering(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var listId = own?.NumberingId?.Val?.Value ?? styled?.NumberingId?.Val?.Value;
        var level = own?.NumberingLevelReference?.Val?.Value ?? styled?.NumberingLevelReference?.Val?.Value ?? 0;
        return listId is { } id ? (id, Math.Clamp(level, 0, Levels - 1)) : null;
    }

    private NumberingProperties? StyleNumbering(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 10 && _styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering)
            {
                return numbering;
            }

            styleId = style.BasedOn?.Val?.Value;
        }

        return null;
    }

    /// <summary>A level as the list draws it: the list's own w:lvl override if it has one, else the abstract list's.</summary>
    private static Level? LevelOf(NumberingInstance list, AbstractNum abstractList, int level) =>
        Override(list, level)?.Level
        ?? abstractList.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    private static int? StartOverride(NumberingInstance list, int level) =>
        Override(list, level) is { } levelOverride
            ? levelOverride.StartOverrideNumberingValue?.Val?.Value ?? levelOverride.Level?.StartNumberingValue?.Val?.Value
            : null;

    private static LevelOverride? Override(NumberingInstance list, int level) =>
        list.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);

    private static int Start(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 0;

    /// <summary>A count in a level's format; formats the importer has no use for (ordinals, other scripts) as decimal.</summary>
    private static string Format(int count, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letters = Letters(count);
            return format == NumberFormatValues.UpperLetter ? letters.ToUpperInvariant() : letters;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(count);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return count.ToString("00", CultureInfo.InvariantCulture);
        }

        return format == NumberFormatValues.None ? "" : count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Word's letters: a…z, then aa…zz, then aaa… (the letter repeated, not "ba").</summary>
    private static string Letters(int count) =>
        count <= 0 ? count.ToString(CultureInfo.InvariantCulture) : new string((char)('a' + ((count - 1) % 26)), ((count - 1) / 26) + 1);

    private static string Roman(int count)
    {
        if (count is <= 0 or >= 4000)
        {
            return count.ToString(CultureInfo.InvariantCulture);
        }

        var roman = new StringBuilder();
        foreach (var (value, numeral) in Numerals)
        {
            for (; count >= value; count -= value)
            {
                roman.Append(numeral);
            }
        }

        return roman.ToString();
    }

    private static readonly (int Value, string Numeral)[] Numerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    [GeneratedRegex(@"%([1-9])")]
    private static partial Regex Placeholder();
}
