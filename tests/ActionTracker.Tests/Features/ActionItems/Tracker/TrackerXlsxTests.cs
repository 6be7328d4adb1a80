using System.Globalization;
using ActionTracker.Web.Features.ActionItems.Tracker;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using static ActionTracker.Tests.Features.ActionItems.Tracker.ExportTestData;

namespace ActionTracker.Tests.Features.ActionItems.Tracker;

public sealed class TrackerXlsxTests
{
    private static readonly string[] Headers =
        ["Reference", "Description", "Owners", "Raised at (meeting)", "Item", "Due", "Status", "Last update", "Days overdue"];

    [Fact]
    public void Write_Rows_ValidWorkbookWithOneSheetActionsAndABoldFrozenHeaderRow()
    {
        using var document = Open(TrackerXlsx.Write([Row(), Row(reference: "AT-0002-2")]));

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheet = Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Actions", sheet.Name?.Value);
        var rows = Rows(document);
        Assert.Equal(3, rows.Count);
        Assert.Equal(Headers, rows[0].Elements<Cell>().Select(c => c.InnerText));
        Assert.All(rows[0].Elements<Cell>(), cell => Assert.NotNull(Font(document, cell).GetFirstChild<Bold>()));
        Assert.Null(Font(document, rows[1].Elements<Cell>().First()).GetFirstChild<Bold>());
        var pane = Assert.Single(Worksheet(document).Descendants<Pane>());
        Assert.Equal((PaneStateValues.Frozen, "A2"), (pane.State!.Value, pane.TopLeftCell?.Value));
    }

    [Fact]
    public void Write_Row_TextAsWrittenDueAsARealDateAndDaysOverdueAsANumber()
    {
        var description = "Figures, by division\nwith the \"blue light\" review";
        using var document = Open(TrackerXlsx.Write(
            [Row(description: description, due: new DateOnly(2026, 11, 22), daysOverdue: 5, lastUpdate: "12 Nov 2026: Draft profile shared with OPCC")]));

        var cells = Rows(document)[1].Elements<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal(
            [("A2", "AT-0002-1"), ("B2", description), ("C2", "Jo Briggs, CC"), ("D2", "Holding to account 2024-12 (16 Dec 2024)"), ("E2", "1.1"),
                ("G2", "Open"), ("H2", "12 Nov 2026: Draft profile shared with OPCC")],
            cells.Where(c => c.Value.DataType?.Value == CellValues.InlineString).Select(c => (c.Key, c.Value.InnerText)));
        var due = cells["F2"];
        Assert.Null(due.DataType);
        Assert.Equal(new DateTime(2026, 11, 22), DateTime.FromOADate(double.Parse(due.CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal("d mmm yyyy", NumberFormat(document, due));
        Assert.Null(cells["I2"].DataType);
        Assert.Equal("5", cells["I2"].CellValue!.Text);
    }

    [Fact]
    public void Write_EmptyValues_NoCell()
    {
        using var document = Open(TrackerXlsx.Write([Row(due: null, daysOverdue: null, lastUpdate: null)]));

        Assert.Equal(["A2", "B2", "C2", "D2", "E2", "G2"], Rows(document)[1].Elements<Cell>().Select(c => c.CellReference!.Value));
    }

    [Fact]
    public void Write_ControlCharacterInText_DroppedAndTheFileStaysValid()
    {
        using var document = Open(TrackerXlsx.Write([Row(description: "Bell\u0007 rang\tonce")]));

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal("Bell rang\tonce", Rows(document)[1].Elements<Cell>().ElementAt(1).InnerText);
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static Worksheet Worksheet(SpreadsheetDocument document) => document.WorkbookPart!.WorksheetParts.Single().Worksheet;

    private static List<Row> Rows(SpreadsheetDocument document) => Worksheet(document).GetFirstChild<SheetData>()!.Elements<Row>().ToList();

    private static CellFormat Format(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static Font Font(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(document, cell).FontId!.Value);

    private static string? NumberFormat(SpreadsheetDocument document, Cell cell)
    {
        var id = Format(document, cell).NumberFormatId!.Value;
        return document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == id).FormatCode?.Value;
    }
}
