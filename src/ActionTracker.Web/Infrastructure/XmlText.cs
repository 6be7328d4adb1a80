using System.Text.RegularExpressions;

namespace ActionTracker.Web.Infrastructure;

/// <summary>Text bound for an Office (XML) file: the Excel tracker and the Word minutes.</summary>
public static partial class XmlText
{
    /// <summary>XML 1.0 cannot carry most control characters; one pasted into a note would otherwise fail the whole download.</summary>
    public static string Safe(string text) => NotXmlCharacters().Replace(text, "");

    [GeneratedRegex(@"[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]")]
    private static partial Regex NotXmlCharacters();
}
