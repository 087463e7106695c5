namespace Wengao.Redact;

/// <summary>How the leak scan reads a kind of output back, as its reader would; its file name is read in every case.</summary>
public enum ReadBack
{
    /// <summary>HTML, XML, SVG: the text read on across tags, each attribute alone, entities decoded</summary>
    Markup,
    /// <summary>JavaScript, JSON, plain text: the text with its escapes decoded</summary>
    Script,
    /// <summary>A style sheet: its text with CSS's escapes decoded (a `content:` is drawn)</summary>
    Style,
    /// <summary>PDF: the text as drawn, read on from page to page; metadata, outline and links each alone</summary>
    Pdf,
    /// <summary>
    /// A zip package of XML parts — a Word .docx, an OFD (GB/T 33190 §7: OFD.xml, Document.xml, each page's Content.xml
    /// with its TextCode) — each part read as markup (text on across runs and text objects, each attribute alone), and each part's name
    /// </summary>
    Package,
    /// <summary>a copied file (templates/html/static/): read as its extension says (<see cref="ReadBacks.Of"/>); images by name alone</summary>
    ByName,
    /// <summary>not text (an image): the file name alone</summary>
    NameOnly,
}

public static class ReadBacks
{
    public static ReadBack Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => ReadBack.Pdf,
        ".docx" or ".ofd" => ReadBack.Package,
        ".html" or ".xml" or ".svg" => ReadBack.Markup,
        ".js" or ".json" or ".txt" => ReadBack.Script,
        ".css" => ReadBack.Style,
        _ => ReadBack.NameOnly,
    };
}
