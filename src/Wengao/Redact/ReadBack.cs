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
    /// <summary>Word .docx: each XML part of the package read as markup (text on across runs, each attribute alone), and each part's name</summary>
    Docx,
    /// <summary>OFD: the text of every TextCode read on from object to object and page to page; each XML part read as markup, and each part's name</summary>
    Ofd,
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
        ".docx" => ReadBack.Docx,
        ".ofd" => ReadBack.Ofd,
        ".html" or ".xml" or ".svg" => ReadBack.Markup,
        ".js" or ".json" or ".txt" => ReadBack.Script,
        ".css" => ReadBack.Style,
        _ => ReadBack.NameOnly,
    };
}
