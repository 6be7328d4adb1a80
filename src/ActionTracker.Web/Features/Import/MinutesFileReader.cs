using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// The text of an uploaded or named file of minutes: a .txt as it is, a .docx paragraph by paragraph with each table row
/// as tab-separated cells (a cell's paragraphs side by side with the next cell's, line for line, as minutes kept in a
/// numbered two-column table read when copied out of Word).
/// </summary>
public static class MinutesFileReader
{
    /// <summary>Largest file accepted: real minutes run to tens of kilobytes; a Word file with pictures to a few megabytes.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public static async Task<string> ReadAsync(Stream content, string fileName, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".docx" => ReadWord(buffer, fileName),
            ".txt" or ".text" or "" => ReadText(buffer.ToArray(), fileName),
            var other => throw new MinutesUnreadableException($"{fileName}: “{other}” files cannot be imported; use a Word document (.docx) or a text file (.txt)."),
        };
    }

    private static string ReadText(byte[] bytes, string fileName)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new MinutesUnreadableException($"{fileName} is not a text file (it holds binary data): use a Word document (.docx) or a text file (.txt).");
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Older minutes saved from Word as "plain text" are Windows-1252, which Latin-1 reads near enough for names and words.
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static string ReadWord(Stream stream, string fileName)
    {
        try
        {
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new MinutesUnreadableException($"{fileName} is a Word document with no text.");
            var text = new StringBuilder();
            var numbering = WordNumbering.For(document);
            foreach (var block in body.ChildElements)
            {
                Append(text, block, numbering);
            }

            return text.ToString();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new MinutesUnreadableException($"{fileName} is not a readable Word document (.docx): {e.Message}");
        }
    }

    private static void Append(StringBuilder text, OpenXmlElement block, WordNumbering numbering)
    {
        switch (block)
        {
            case Paragraph paragraph:
                text.AppendLine(TextOf(paragraph, numbering));
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    var cells = row.Elements<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => TextOf(p, numbering)).Where(p => p.Length > 0).ToList()).ToList();
                    var height = Math.Max(1, cells.Max(c => (int?)c.Count) ?? 1);
                    for (var line = 0; line < height; line++)
                    {
                        text.AppendLine(string.Join('\t', cells.Select(c => line < c.Count ? c[line] : "")));
                    }
                }

                break;
            default:
                foreach (var child in block.Elements<Paragraph>())
                {
                    text.AppendLine(TextOf(child, numbering));
                }

                break;
        }
    }

    /// <summary>A paragraph's text, after the number or bullet Word shows when it is in a list (the text itself does not hold it).</summary>
    private static string TextOf(Paragraph paragraph, WordNumbering numbering)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        // Numbered at the paragraph's turn, empty or not: Word counts an empty numbered paragraph too.
        var label = numbering.Label(paragraph);
        return label is null ? text.ToString().Trim() : $"{label} {text.ToString().Trim()}".TrimEnd();
    }
}

/// <summary>A file that is not minutes the importer can read: its message is one line for a person.</summary>
public sealed class MinutesUnreadableException(string message) : Exception(message);
