using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>
/// The Word styles of the minutes, under Word's own built-in names ("heading 1", "Title", "List Bullet"), so a secretariat
/// restyling the document in Word restyles every heading at once, and headings keep their outline level.
/// </summary>
public static class WordStyles
{
    public const string Title = "Title", Subtitle = "Subtitle", Heading1 = "Heading1", Heading2 = "Heading2";
    public const string ListBullet = "ListBullet", DraftMark = "DraftMark", Table = "TableGrid";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph(Title, "Title", size: 36, outline: null),
        Paragraph(Subtitle, "Subtitle", size: 24, outline: null),
        Paragraph(Heading1, "heading 1", size: 30, outline: 0),
        Paragraph(Heading2, "heading 2", size: 24, outline: 1),
        new Style(
            new StyleName { Val = "List Bullet" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
        { Type = StyleValues.Paragraph, StyleId = ListBullet },
        new Style(
            new StyleName { Val = "Draft mark" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new Bold(), new Color { Val = "B00020" }, new FontSize { Val = "24" }))
        { Type = StyleValues.Paragraph, StyleId = DraftMark },
        new Style(
            new StyleName { Val = "Table Grid" }, new BasedOn { Val = "TableNormal" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = Table });

    private static Style Paragraph(string id, string name, int size, int? outline)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
