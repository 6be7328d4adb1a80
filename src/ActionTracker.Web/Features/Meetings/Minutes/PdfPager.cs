using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>
/// Lays text out on A4 pages with PDFsharp: wrapped paragraphs, headings kept with what follows, tables whose rows never
/// split and whose header repeats on each page, a running head (the draft mark) and "Page n of N" at the foot. Text is drawn
/// as text in an embedded font, so it can be selected and searched.
/// </summary>
public sealed class PdfPager : IDisposable
{
    private const double Margin = 56.7; // 2 cm
    private readonly PdfDocument _document = new();
    private readonly string? _runningHead;
    private XGraphics? _graphics;
    private double _y;

    static PdfPager() => GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();

    public PdfPager(string title, string? runningHead)
    {
        _document.Info.Title = title;
        _document.Info.Creator = "ActionTracker";
        _document.Language = "en-GB";
        _runningHead = runningHead;
        NewPage();
    }

    public static XFont Font(double size, bool bold = false) =>
        new(EmbeddedFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private double Width => _document.Pages[0].Width.Point - (2 * Margin);

    private double Bottom => _document.Pages[0].Height.Point - Margin - 14;

    /// <summary>A paragraph, wrapped to the page (less <paramref name="indent"/>); <paramref name="keepWith"/> points must follow it on its page.</summary>
    public void Text(string text, XFont font, double indent = 0, double spaceBefore = 0, double spaceAfter = 6, double keepWith = 0, XBrush? brush = null)
    {
        var lines = Wrap(text, font, Width - indent);
        var lineHeight = font.Size * 1.3;
        Ensure(spaceBefore + (lineHeight * Math.Min(lines.Count, 2)) + keepWith);
        _y += spaceBefore;
        foreach (var line in lines)
        {
            Ensure(lineHeight);
            _graphics!.DrawString(line, font, brush ?? XBrushes.Black, Margin + indent, _y, XStringFormats.TopLeft);
            _y += lineHeight;
        }

        _y += spaceAfter;
    }

    /// <summary>A bordered table of wrapped cells; columns get <paramref name="widths"/> as fractions of the page's width.</summary>
    public void Table(double[] widths, string[]? header, IReadOnlyList<string[]> rows, XFont font, XFont headerFont)
    {
        if (header is not null)
        {
            Ensure(Wrapped(widths, header, headerFont).Height + (rows.Count > 0 ? Wrapped(widths, rows[0], font).Height : 0));
            DrawRow(widths, Wrapped(widths, header, headerFont), headerFont);
        }

        foreach (var row in rows)
        {
            var cells = Wrapped(widths, row, font);
            if (_y + cells.Height > Bottom)
            {
                NewPage();
                if (header is not null)
                {
                    DrawRow(widths, Wrapped(widths, header, headerFont), headerFont);
                }
            }

            DrawRow(widths, cells, font);
        }

        _y += 8;
    }

    private const double CellPadding = 3;

    private (List<List<string>> Lines, double Height) Wrapped(double[] widths, string[] cells, XFont font)
    {
        var lines = cells.Select((cell, i) => Wrap(cell, font, (widths[i] * Width) - (2 * CellPadding))).ToList();
        return (lines, (lines.Max(l => l.Count) * font.Size * 1.3) + (2 * CellPadding));
    }

    private void DrawRow(double[] widths, (List<List<string>> Lines, double Height) row, XFont font)
    {
        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var cellWidth = widths[i] * Width;
            _graphics!.DrawRectangle(new XPen(XColors.Gray, 0.5), x, _y, cellWidth, row.Height);
            for (var line = 0; line < row.Lines[i].Count; line++)
            {
                _graphics.DrawString(row.Lines[i][line], font, XBrushes.Black, x + CellPadding, _y + CellPadding + (line * font.Size * 1.3), XStringFormats.TopLeft);
            }

            x += cellWidth;
        }

        _y += row.Height;
    }

    /// <summary>Numbers the pages and returns the file.</summary>
    public byte[] Finish()
    {
        _graphics?.Dispose();
        _graphics = null;
        var font = Font(9);
        for (var i = 0; i < _document.PageCount; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            graphics.DrawString($"Page {i + 1} of {_document.PageCount}", font, XBrushes.Black,
                new XRect(Margin, page.Height.Point - Margin, Width, 12), XStringFormats.TopCenter);
        }

        using var stream = new MemoryStream();
        _document.Save(stream);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void Ensure(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
        if (_runningHead is not null)
        {
            _graphics.DrawString(_runningHead, Font(10, bold: true), XBrushes.DarkRed, Margin, Margin - 24, XStringFormats.TopLeft);
        }
    }

    /// <summary>Greedy word wrap; a word wider than the line is broken between characters.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Measure(candidate, font) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (Measure(line, font) > width && line.Length > 1)
                {
                    var fits = Enumerable.Range(1, line.Length - 1).Last(n => n == 1 || Measure(line[..n], font) <= width);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private double Measure(string text, XFont font) => _graphics!.MeasureString(text, font).Width;
}
