using ActionTracker.Web.Features.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionTracker.Tests.Features.Import;

/// <summary>
/// Word documents built here with DocumentFormat.OpenXml whose numbers come from Word's numbering (numbering.xml), read by
/// <see cref="MinutesFileReader"/>: each paragraph arrives with the number Word shows in front of it.
/// </summary>
public sealed class WordNumberingTests
{
    /// <summary>A level of an abstract list: its format, its text ("%1.%2") and where it starts.</summary>
    private sealed record Lvl(NumberFormatValues Format, string Text, int Start = 1, int? RestartAfter = null);

    /// <summary>A paragraph: its text, and its list (w:numId) and level, or its style; none for a plain paragraph.</summary>
    private sealed record Para(string Text, int? List = null, int Level = 0, string? Style = null);

    private static AbstractNum Abstract(int id, params Lvl[] levels) => new(levels.Select((l, i) =>
    {
        var level = new Level(new StartNumberingValue { Val = l.Start }, new NumberingFormat { Val = l.Format }, new LevelText { Val = l.Text }) { LevelIndex = i };
        if (l.RestartAfter is { } after)
        {
            level.InsertAfter(new LevelRestart { Val = after }, level.GetFirstChild<NumberingFormat>());
        }

        return level;
    })) { AbstractNumberId = id };

    private static NumberingInstance List(int id, int abstractId, int? restartLevelZeroAt = null)
    {
        var list = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (restartLevelZeroAt is { } start)
        {
            list.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        }

        return list;
    }

    private static async Task<IReadOnlyList<string>> ReadAsync(IEnumerable<OpenXmlElement> numbering, IEnumerable<Para> paragraphs, Style? style = null)
    {
        using var file = new MemoryStream();
        using (var document = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(numbering);
            if (style is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(style);
            }

            main.Document = new Document(new Body(paragraphs.Select(p =>
            {
                var properties = new ParagraphProperties();
                if (p.Style is { } styleId)
                {
                    properties.Append(new ParagraphStyleId { Val = styleId });
                }

                if (p.List is { } list)
                {
                    properties.Append(new NumberingProperties(new NumberingLevelReference { Val = p.Level }, new NumberingId { Val = list }));
                }

                return new Paragraph(properties, new Run(new Text(p.Text)));
            })));
        }

        file.Position = 0;
        var text = await MinutesFileReader.ReadAsync(file, "minutes.docx");
        return text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }

    private static readonly Lvl[] Outline =
        [new(NumberFormatValues.Decimal, "%1."), new(NumberFormatValues.Decimal, "%1.%2"), new(NumberFormatValues.LowerLetter, "%3)")];

    [Fact]
    public async Task ReadAsync_MultiLevelList_NumbersAsWordShowsThemAndDeeperLevelsRestart()
    {
        var lines = await ReadAsync([Abstract(0, Outline), List(1, 0)],
        [
            new("Welcome", 1), new("Holding to account", 1), new("Prevention", 1, 1), new("Outcomes", 1, 1), new("first", 1, 2), new("second", 1, 2),
            new("The PCC asked about outcomes."), new("AOB", 1), new("Fleet", 1, 1), new("third", 1, 2),
        ]);

        Assert.Equal(
            ["1. Welcome", "2. Holding to account", "2.1 Prevention", "2.2 Outcomes", "a) first", "b) second", "The PCC asked about outcomes.",
             "3. AOB", "3.1 Fleet", "a) third"],
            lines);
    }

    [Fact]
    public async Task ReadAsync_TwoListsSharingAnAbstractList_CountOnTogetherAndAStartOverrideRestarts()
    {
        var lines = await ReadAsync([Abstract(0, Outline), List(1, 0), List(2, 0), List(3, 0, restartLevelZeroAt: 1)],
        [
            new("Review of actions", 1), new("Holding to account", 1), new("Notes between the lists."), new("AOB", 2),
            new("Restarted", 3), new("Runs on", 3), new("First list again", 1),
        ]);

        Assert.Equal(
            ["1. Review of actions", "2. Holding to account", "Notes between the lists.", "3. AOB", "1. Restarted", "2. Runs on", "3. First list again"],
            lines);
    }

    [Fact]
    public async Task ReadAsync_LettersRomanStartValuesAndWordsAroundTheNumber()
    {
        var lines = await ReadAsync(
        [
            Abstract(0, new Lvl(NumberFormatValues.UpperLetter, "%1.", Start: 3)),
            Abstract(1, new Lvl(NumberFormatValues.LowerRoman, "(%1)", Start: 4)),
            Abstract(2, new Lvl(NumberFormatValues.Decimal, "Action %1:")),
            Abstract(3, new Lvl(NumberFormatValues.LowerLetter, "%1.", Start: 26)),
            List(1, 0), List(2, 1), List(3, 2), List(4, 3),
        ],
        [
            new("Estates", 1), new("Fleet", 1), new("first", 2), new("second", 2),
            new("CC to share the outcome of the reality testing.", 3), new("DCC to confirm the rural response times.", 3),
            new("z", 4), new("after z", 4),
        ]);

        Assert.Equal(
            ["C. Estates", "D. Fleet", "(iv) first", "(v) second", "Action 1: CC to share the outcome of the reality testing.",
             "Action 2: DCC to confirm the rural response times.", "z. z", "aa. after z"],
            lines);
    }

    [Fact]
    public async Task ReadAsync_LegalNumberingLevelRestartAndBullets()
    {
        var legal = Abstract(0, new(NumberFormatValues.UpperRoman, "%1."), new(NumberFormatValues.LowerLetter, "%1.%2", RestartAfter: 0));
        legal.Elements<Level>().ElementAt(1).Append(new IsLegalNumberingStyle());
        var lines = await ReadAsync([legal, Abstract(1, new Lvl(NumberFormatValues.Bullet, "\u2022")), List(1, 0), List(2, 1)],
        [
            new("One", 1), new("One point one", 1, 1), new("Two", 1), new("Runs on under two", 1, 1), new("A point", 2),
        ]);

        // Under w:isLgl the level shows every count as decimal; w:lvlRestart 0 keeps level 2 counting across level 1.
        Assert.Equal(["I. One", "1.1 One point one", "II. Two", "2.2 Runs on under two", "• A point"], lines);
    }

    [Fact]
    public async Task ReadAsync_NumberingFromTheParagraphStyle_NumbersTheHeadings()
    {
        var heading = new Style(new StyleName { Val = "Minutes item" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
        {
            Type = StyleValues.Paragraph, StyleId = "MinutesItem",
        };

        var lines = await ReadAsync([Abstract(0, Outline), List(1, 0)],
            [new("Review of Action Tracker", Style: "MinutesItem"), new("Holding to account", Style: "MinutesItem"), new("Outcomes", 1, 1, "MinutesItem")],
            heading);

        Assert.Equal(["1. Review of Action Tracker", "2. Holding to account", "2.1 Outcomes"], lines);
    }

    [Fact]
    public async Task Parse_MinutesWithWordNumberedItemsAndActions_ItemsAndActionsNumberedAsTheReaderSeesThem()
    {
        var lines = await ReadAsync([Abstract(0, Outline), Abstract(1, new Lvl(NumberFormatValues.Decimal, "Action %1:")), List(1, 0), List(2, 1)],
        [
            new("Holding to Account Meeting – Domestic Abuse"), new("Date: 26 February 2021, 10:00"), new("Chair: John Campion"),
            new("Review of Action Tracker", 1), new("The tracker was reviewed."),
            new("Holding to account – Domestic Abuse", 1), new("The PCC asked how repeat victims were identified."),
            new("Prevention and awareness", 1, 1), new("The CC set out the DA profiles."),
            new("CC to share the outcome of the reality testing with the PCC's office.", 2),
            new("Outcomes", 1, 1), new("DCC to provide details of how many of the 20 posts are filled now.", 2),
            new("AOB", 1), new("None."),
        ]);

        var minutes = MinutesParser.Parse(string.Join("\n", lines));

        Assert.Equal(["1 Review of Action Tracker", "2 Holding to account – Domestic Abuse", "2.1 Prevention and awareness", "2.2 Outcomes", "3 AOB"],
            minutes.Items.Select(i => $"{i.Number} {i.Title}"));
        Assert.Equal(
            ["1|2.1|CC to share the outcome of the reality testing with the PCC's office.", "2|2.2|DCC to provide details of how many of the 20 posts are filled now."],
            minutes.Actions.Select(a => $"{a.Number}|{a.ItemNumber}|{a.Description}"));
    }
}
