using Wengao.Model;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Setup;

/// <summary>A command the tests run, the Debian package that provides it, and how to name it where there is no apt-get.</summary>
/// <param name="Use">why the tests need it, for the line the set-up prints when it installs it</param>
internal sealed record Tool(string Command, string Package, string Use, string What);

/// <summary>Something missing: the package that provides it, why it is needed, and what it is called off Debian.</summary>
internal sealed record Need(string Package, string Reason, bool Reinstall, string What);

/// <summary>What the build and the tests need from the machine, beyond the .NET SDK.</summary>
internal static class Requirements
{
    /// <summary>
    /// The commands the tests run, in the order they are installed and named. The test support code
    /// (tests/Wengao.Tests/Support, Browser) looks them up on PATH under these names.
    /// </summary>
    public static readonly IReadOnlyList<Tool> TestTools =
    [
        new("pdftotext", "poppler-utils", "the tests cross-check the PDFs' text with it", "pdftotext, from Poppler"),
        new("chromium", "chromium", "the browser tests open the site in it", "Chromium, as `chromium` on PATH"),
        // default-jre-headless: Debian's current Java without a display; vnu-jar needs Java 11 or later.
        new("java", "default-jre-headless", "the Nu Html Checker runs on it", "a Java runtime, as `java` on PATH"),
        new("npm", "npm", "it installs axe-core, the Nu Html Checker and ofd.js into tests/browser", "npm, from Node.js"),
        // The no-GUI Writer: it renders each .docx to PDF headless, an independent check of the export's GB/T 9704 layout.
        new("soffice", "libreoffice-writer-nogui", "the .docx tests render each .docx to PDF with it", "LibreOffice Writer, as `soffice` on PATH"),
    ];

    /// <summary>Every Debian package the set-up may install: the ones dpkg is asked about.</summary>
    public static IEnumerable<string> KnownPackages =>
        Enum.GetValues<FontRole>().Select(FontChains.DebianPackage).Concat(TestTools.Select(t => t.Package)).Distinct();

    /// <summary>
    /// What is missing for <paramref name="purpose"/>, in a stable order: the font packages by name (宋, 楷, 黑 on Debian),
    /// then the test tools in table order; each package once.
    /// </summary>
    public static IReadOnlyList<Need> Missing(Purpose purpose, MachineState machine)
    {
        var fonts = machine.UnresolvedFonts
            .Where(f => PackageCanServe(f.Key, f.Value))
            .Select(f => FontNeed(f.Key, f.Value, machine))
            .OrderBy(n => n.Package, StringComparer.Ordinal);
        var tools = purpose == Purpose.Test
            ? TestTools.Where(t => !machine.CommandsOnPath.Contains(t.Command)).Select(t => ToolNeed(t, machine))
            : [];
        return fonts.Concat(tools).DistinctBy(n => n.Package).ToList();
    }

    /// <summary>
    /// Whether the role's Debian package can end the chain's search: the package provides the last default entry
    /// (<see cref="FontChains.DebianPackage"/>), so only a chain that names that family. A site.yml chain of other fonts
    /// is no matter of installing: the build's own error names the chain and the site.yml key.
    /// </summary>
    private static bool PackageCanServe(FontRole role, IReadOnlyList<string> chain) =>
        chain.Contains(FontChains.Defaults[role][^1], StringComparer.OrdinalIgnoreCase);

    private static Need FontNeed(FontRole role, IReadOnlyList<string> chain, MachineState machine)
    {
        string name = FontChains.ChineseName(role);
        string package = FontChains.DebianPackage(role);
        string tried = string.Join(", ", chain);
        bool installed = machine.InstalledPackages.Contains(package);
        // Installed, named by the chain, yet unresolved: the font files are gone or broken, which a reinstall repairs.
        string reason = installed
            ? $"{name} for the PDFs: none of {tried} resolves although dpkg lists {package} as installed"
            : $"{name} for the PDFs: none of {tried} is installed as a TrueType font";
        return new(package, reason, installed, $"a TrueType {name} font, one of: {tried}");
    }

    private static Need ToolNeed(Tool tool, MachineState machine)
    {
        bool installed = machine.InstalledPackages.Contains(tool.Package);
        string reason = installed
            ? $"`{tool.Command}` is not on PATH although dpkg lists {tool.Package} as installed: {tool.Use}"
            : $"`{tool.Command}` is not on PATH: {tool.Use}";
        return new(tool.Package, reason, installed, tool.What);
    }
}
