using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>
/// PDFsharp finds no system fonts on Linux; the Segoe WP faces ship inside the PDFsharp package itself (PdfSharp.WPFonts),
/// so the server needs no font installed and every PDF looks the same wherever it is made.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "Segoe WP";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWP-Bold" : "SegoeWP", mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == "SegoeWP-Bold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
