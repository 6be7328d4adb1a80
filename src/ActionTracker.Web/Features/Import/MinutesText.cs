using System.Text.RegularExpressions;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// Line-level text work shared by the readers. Word tables arrive as tab-separated cells (see <see cref="MinutesFileReader"/>),
/// the same shape minutes pasted from a table have.
/// </summary>
public static partial class MinutesText
{
    public static IReadOnlyList<string> Lines(string text) => text
        .Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ')
        .Split('\n').Select(l => l.TrimEnd()).ToList();

    public static IReadOnlyList<string> Cells(string line) =>
        line.Split('\t', '|').Select(c => Squash(c)).Where(c => c.Length > 0).ToList();

    /// <summary>The line as one piece of text: its cells joined, spaces collapsed.</summary>
    public static string Flat(string line) => string.Join(" ", Cells(line));

    public static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    public static string WithoutBullet(string text) => Bullet().Replace(text, "");

    public static bool IsBulleted(string line) => Bullet().IsMatch(line.TrimStart('\t', ' '));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*[-•*–—·▪o]\s+")]
    private static partial Regex Bullet();
}
