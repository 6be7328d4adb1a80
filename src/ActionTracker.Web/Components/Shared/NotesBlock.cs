namespace ActionTracker.Web.Components.Shared;

/// <summary>A paragraph or a bullet list of minute text.</summary>
public sealed record NotesBlock(bool IsList, IReadOnlyList<string> Lines)
{
    private static readonly string[] BulletMarks = ["• ", "- ", "– "];

    /// <summary>A paragraph's lines as one run of text, as every format shows it.</summary>
    public string Text => string.Join(" ", Lines);

    public static IEnumerable<NotesBlock> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var lines = new List<string>();
        var isList = false;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            var bullet = BulletMarks.FirstOrDefault(mark => line.StartsWith(mark, StringComparison.Ordinal));
            if (line.Length == 0 || (lines.Count > 0 && isList != (bullet is not null)))
            {
                if (lines.Count > 0)
                {
                    yield return new NotesBlock(isList, lines);
                    lines = [];
                }

                if (line.Length == 0)
                {
                    continue;
                }
            }

            isList = bullet is not null;
            lines.Add(bullet is null ? line : line[bullet.Length..].Trim());
        }

        if (lines.Count > 0)
        {
            yield return new NotesBlock(isList, lines);
        }
    }
}
