namespace ActionTracker.Web.Features.Meetings.Run.Notes;

/// <summary>
/// The "Merge" choice of a notes conflict (docs/decisions/0008): their saved text, then each of your lines that
/// their text does not already have, in your order. Nobody's words are dropped; the typist edits the result.
/// </summary>
public static class NotesMerge
{
    public static string Combine(string theirs, string mine)
    {
        var theirLines = Lines(theirs).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var yours = Lines(mine).Where(l => l.Trim().Length > 0 && !theirLines.Contains(l.Trim())).ToList();
        if (yours.Count == 0)
        {
            return theirs;
        }

        var start = theirs.TrimEnd();
        return (start.Length == 0 ? "" : start + "\n") + string.Join("\n", yours);
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
