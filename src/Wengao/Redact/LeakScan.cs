using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Wengao.Diagnostics;

namespace Wengao.Redact;

/// <summary>
/// Reads back every file an edition wrote — file names, HTML decoded, PDF text as drawn, PDF metadata and outline —
/// for any name the edition may not show. Redaction happens on the sources; this proves it held.
/// </summary>
public static partial class LeakScan
{
    // PDFsharp writes document information and outline titles as UTF-16 hex strings: <FEFF…>.
    [GeneratedRegex("<FEFF(?<hex>(?:[0-9A-Fa-f]{4})+)>")]
    private static partial Regex Utf16Strings();

    /// <param name="root">the edition's folder</param>
    /// <param name="drawn">the text drawn on each PDF written, by file name (its bytes are read back from the file)</param>
    /// <param name="files">the files to read back; every file under root when null (an incremental build scans what it wrote)</param>
    public static IReadOnlyList<SourceError> Scan(string root, Redactor redactor, IReadOnlyDictionary<string, IReadOnlyList<(int Page, string Text)>> drawn,
        IEnumerable<string>? files = null)
    {
        var leaks = new List<SourceError>();
        foreach (var path in (files ?? Directory.GetFiles(root, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            Report(leaks, redactor, relative, relative, (_, _) => new SourceSpan(path, 1, 1), "in the file name");
            if (path.EndsWith(".pdf", StringComparison.Ordinal))
            {
                var bytes = File.ReadAllBytes(path);
                if (drawn.TryGetValue(Path.GetFileName(relative), out var pages))
                    foreach (var (page, text) in pages)
                        Report(leaks, redactor, text, relative, (_, _) => new SourceSpan(path, page, 1), $"in the text of page {page}");
                Report(leaks, redactor, Metadata(bytes), relative, (_, _) => new SourceSpan(path, 1, 1), "in the metadata or outline");
            }
            else if (IsText(path))
            {
                var text = WebUtility.HtmlDecode(File.ReadAllText(path));
                Report(leaks, redactor, text, relative, (t, at) => Locate(path, t, at), "in the text");
            }
        }
        return leaks;
    }

    private static void Report(List<SourceError> leaks, Redactor redactor, string text, string file,
        Func<string, int, SourceSpan> where, string place)
    {
        foreach (var m in redactor.Find(text))
            leaks.Add(new SourceError(where(text, m.Start), $"the {redactor.Edition.Name} edition shows `{text[m.Start..m.End]}` ({m.Entry.Name}) {place} of {file}",
                $"the registry says {m.Entry.Name} is not shown in {redactor.Edition.Name}; find where this text comes from (a template, a data file) and mask it there"));
    }

    // What a PDF says about itself: the XMP packet (UTF-8) and every UTF-16 string (title, author, outline).
    private static string Metadata(byte[] pdf)
    {
        var latin = Encoding.Latin1.GetString(pdf);
        var text = new StringBuilder();
        var xmp = latin.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var xmpEnd = latin.IndexOf("</x:xmpmeta>", StringComparison.Ordinal);
        if (xmp >= 0 && xmpEnd > xmp) text.Append(Encoding.UTF8.GetString(pdf, xmp, xmpEnd - xmp)).Append('\n');
        foreach (Match m in Utf16Strings().Matches(latin))
            text.Append(Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups["hex"].Value))).Append('\n');
        return text.ToString();
    }

    private static bool IsText(string path) => Path.GetExtension(path) is ".html" or ".xml" or ".css" or ".js" or ".json" or ".txt" or ".svg";

    private static SourceSpan Locate(string path, string text, int at)
    {
        var line = 1 + text.AsSpan(0, at).Count('\n');
        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
        return new SourceSpan(path, line, column);
    }
}
