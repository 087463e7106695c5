using Wengao.Render.Pdf.Fonts;

namespace Wengao.Tests.Fonts;

/// <summary>The Debian fonts the set-up installs (fonts-arphic-gbsn00lp, fonts-arphic-gkai00mp, fonts-wqy-zenhei).</summary>
internal static class SystemFonts
{
    public const string Sung = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
    public const string Kai = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
    public const string ZenHei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    /// <summary>Only the Debian tree, so a developer's extra fonts cannot change which face wins.</summary>
    public static readonly Lazy<FontCatalog> Catalog = new(() => new FontCatalog(["/usr/share/fonts"]));
}
