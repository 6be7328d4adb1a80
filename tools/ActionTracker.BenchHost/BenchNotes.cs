namespace ActionTracker.BenchHost;

/// <summary>Each bench notes edit replaces one marked first paragraph, so the notes keep their size however many edits.</summary>
public static class BenchNotes
{
    public const string LinePrefix = "Bench edit ";

    public static string WithToken(string? notes, string token)
    {
        var rest = string.Join('\n', (notes ?? "").Split('\n').Where(line => !line.StartsWith(LinePrefix, StringComparison.Ordinal)));
        return $"{LinePrefix}{token}\n\n{rest.TrimStart('\n')}";
    }
}
