using System.Globalization;
using ActionTracker.Web.Infrastructure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionTracker.Web.Features.ActionItems.Tracker;

/// <summary>
/// The tracker as an Excel workbook: one sheet "Actions", a bold frozen header row, text as inline strings and due dates
/// as real date cells (formatted "d mmm yyyy", as the app shows them), so they sort and filter as dates in Excel.
/// </summary>
public static partial class TrackerXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Indexes into the CellFormats of Styles(), in order.
    private const uint HeaderStyle = 1, TextStyle = 2, DateStyle = 3;
    private const uint DateFormatId = 164; // The first id free for custom number formats.

    public static byte[] Write(IReadOnlyList<TrackerExportRow> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(FrozenHeaderView(), ColumnWidths(), Data(rows));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Actions" }));
        }

        return stream.ToArray();
    }

    private static SheetData Data(IReadOnlyList<TrackerExportRow> rows)
    {
        var data = new SheetData(Row(1, TrackerExport.Columns.Select(c => (object?)c.Header), HeaderStyle));
        for (var i = 0; i < rows.Count; i++)
        {
            data.Append(Row((uint)i + 2, TrackerExport.Columns.Select(c => c.Value(rows[i])), TextStyle));
        }

        return data;
    }

    private static Row Row(uint index, IEnumerable<object?> values, uint textStyle) =>
        new(values.Select((value, column) => Cell($"{ColumnLetter(column)}{index}", value, textStyle)).OfType<Cell>()) { RowIndex = index };

    private static Cell? Cell(string reference, object? value, uint textStyle) => value switch
    {
        null => null,
        string text => new Cell
        {
            CellReference = reference,
            StyleIndex = textStyle,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
        },
        DateOnly date => new Cell
        {
            CellReference = reference,
            StyleIndex = DateStyle,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
        },
        int number => new Cell { CellReference = reference, StyleIndex = textStyle, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
        _ => throw new NotSupportedException($"No Excel cell for a {value.GetType().Name}."),
    };

    // The export has nine columns, so a single letter names each.
    private static char ColumnLetter(int column) => (char)('A' + column);

    private static string XmlSafe(string text) => XmlText.Safe(text);

    // The headers stay in view while a long tracker scrolls.
    private static SheetViews FrozenHeaderView() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
    { WorkbookViewId = 0, TabSelected = true });

    private static Columns ColumnWidths() => new(TrackerExport.Columns.Select((column, i) =>
        new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = column.Width, CustomWidth = true }));

    private static Stylesheet Styles()
    {
        // Long descriptions and notes wrap within their column, top-aligned so a row reads from its first line.
        static Alignment Top() => new() { Vertical = VerticalAlignmentValues.Top, WrapText = true };
        static Font Font(bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })
            : new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "d mmm yyyy" }) { Count = 1 },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            // Excel requires these two fills first, whatever the workbook uses.
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat(Top()) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
                new CellFormat(Top()) { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true })
            { Count = 4 });
    }
}
