using System.Text;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Tracker;
using static ActionTracker.Tests.Features.ActionItems.Tracker.ExportTestData;

namespace ActionTracker.Tests.Features.ActionItems.Tracker;

public sealed class TrackerCsvTests
{
    private const string Header = "Reference,Description,Owners,Raised at (meeting),Item,Due,Status,Last update,Days overdue";

    [Fact]
    public void Write_Rows_Utf8WithBomHeaderFirstAndCrlfLineEnds()
    {
        var bytes = TrackerCsv.Write([Row(due: new DateOnly(2026, 11, 22), daysOverdue: 5, lastUpdate: "12 Nov 2026: Draft profile shared with OPCC")]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            Header + "\r\n" +
            "AT-0002-1,Provide the response-time figures by division.,\"Jo Briggs, CC\",Holding to account 2024-12 (16 Dec 2024),1.1,2026-11-22,Open," +
            "12 Nov 2026: Draft profile shared with OPCC,5\r\n",
            Text(bytes));
    }

    [Fact]
    public void Write_EmptyValues_EmptyFields()
    {
        var line = DataLine(Row(due: null, daysOverdue: null, lastUpdate: null));

        Assert.EndsWith(",Open,,\r\n", line, StringComparison.Ordinal);
        Assert.Contains("1.1,,Open", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Figures, by division", "\"Figures, by division\"")]
    [InlineData("The \"blue light\" review", "\"The \"\"blue light\"\" review\"")]
    [InlineData("First line\r\nSecond line", "\"First line\r\nSecond line\"")]
    [InlineData("First line\nSecond line", "\"First line\nSecond line\"")]
    [InlineData("Plain words", "Plain words")]
    public void Write_FieldWithCommaQuoteOrLineBreak_QuotedWithQuotesDoubled(string description, string expected) =>
        Assert.Equal($"AT-0002-1,{expected},", DataLine(Row(description: description))[..(expected.Length + 11)]);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-5 officers", "'-5 officers")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tTabbed", "'\tTabbed")]
    [InlineData("\rReturn", "\"'\rReturn\"")]
    [InlineData("=HYPERLINK(\"http://x.test\",\"Open\")", "\"'=HYPERLINK(\"\"http://x.test\"\",\"\"Open\"\")\"")]
    [InlineData("Not = a formula", "Not = a formula")]
    public void Write_CellStartingLikeAFormula_PrefixedWithApostrophe(string description, string expected) =>
        Assert.Equal($"AT-0002-1,{expected},", DataLine(Row(description: description))[..(expected.Length + 11)]);

    [Fact]
    public void Write_NoRows_HeaderOnly() => Assert.Equal(Header + "\r\n", Text(TrackerCsv.Write([])));

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes.AsSpan(Encoding.UTF8.GetPreamble().Length));

    private static string DataLine(TrackerExportRow row) => Text(TrackerCsv.Write([row]))[(Header.Length + 2)..];
}
