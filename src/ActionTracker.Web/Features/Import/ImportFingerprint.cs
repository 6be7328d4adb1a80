using System.Security.Cryptography;
using System.Text;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// What makes two imports "the same minutes": the text's words in order, whatever the spacing, line endings or a
/// file's byte-order mark — so the same minutes pasted once and uploaded once are caught too.
/// </summary>
public static class ImportFingerprint
{
    public static string Of(string text)
    {
        var words = string.Join(' ', text.Replace("\uFEFF", "", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(words))).ToLowerInvariant();
    }

    public static string AlreadyImported(int meetingId, string title) =>
        $"These minutes were imported before, as meeting {meetingId} (“{title}”): nothing was imported again.";
}
