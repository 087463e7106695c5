using System.Text;

namespace Wengao.Render.Docx;

/// <summary>
/// Writes the parts of a .docx as an Open Packaging Conventions ZIP (ISO/IEC 29500-2): the content types, the
/// relationships with fixed ids, each part in a fixed order, zipped by <see cref="FixedZip"/> so the same document gives
/// the same bytes every time. The parts' XML is WordprocessingML made with the Open XML SDK.
/// </summary>
internal static class WordPackage
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    /// <param name="parts">each part's path in the package and its XML, in the order they are written</param>
    public static byte[] Write(IEnumerable<(string Path, string Xml)> parts) =>
        FixedZip.Write(parts.Select(p => (p.Path, FixedZip.Utf8.GetBytes(p.Xml.StartsWith("<?xml", StringComparison.Ordinal) ? p.Xml : Declaration + p.Xml))));

    private const string Package = "http://schemas.openxmlformats.org/package/2006/";
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /// <summary>[Content_Types].xml for the parts written (their paths under word/ and docProps/).</summary>
    public static string ContentTypes(IEnumerable<string> parts)
    {
        var xml = new StringBuilder($"<Types xmlns=\"{Package}content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        foreach (var part in parts)
            if (TypeOf(part) is { } type) xml.Append($"<Override PartName=\"/{part}\" ContentType=\"{type}\"/>");
        return xml.Append("</Types>").ToString();
    }

    private static string? TypeOf(string part) => part switch
    {
        "word/document.xml" => Wml + "document.main+xml",
        "word/styles.xml" => Wml + "styles+xml",
        "word/settings.xml" => Wml + "settings+xml",
        "word/fontTable.xml" => Wml + "fontTable+xml",
        "word/footnotes.xml" => Wml + "footnotes+xml",
        "docProps/core.xml" => "application/vnd.openxmlformats-package.core-properties+xml",
        "docProps/app.xml" => "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        _ when part.StartsWith("word/footer", StringComparison.Ordinal) => Wml + "footer+xml",
        _ when part.StartsWith("word/header", StringComparison.Ordinal) => Wml + "header+xml",
        _ => null,
    };

    /// <summary>_rels/.rels: the main document and the core and extended properties.</summary>
    public static string PackageRelationships() => Relationships(
        ("rId1", Office + "officeDocument", "word/document.xml", false),
        ("rId2", Package + "relationships/metadata/core-properties", "docProps/core.xml", false),
        ("rId3", Office + "extended-properties", "docProps/app.xml", false));

    /// <param name="relationships">id, type (its last segment, e.g. styles), target, and whether the target is outside the package</param>
    public static string DocumentRelationships(IEnumerable<(string Id, string Type, string Target, bool External)> relationships) =>
        Relationships([.. relationships.Select(r => (r.Id, Office + r.Type, r.Target, r.External))]);

    private static string Relationships(params (string Id, string Type, string Target, bool External)[] relationships)
    {
        var xml = new StringBuilder($"<Relationships xmlns=\"{Package}relationships\">");
        foreach (var (id, type, target, external) in relationships)
            xml.Append($"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{Escape(target)}\"{(external ? " TargetMode=\"External\"" : "")}/>");
        return xml.Append("</Relationships>").ToString();
    }

    public static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
