using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Wengao.Model;

namespace Wengao.Redact;

/// <summary>
/// Reads back every file an edition wrote as a reader reads it — file names and URLs decoded; HTML, XML and SVG
/// text read on across tags, each attribute alone, entities decoded; scripts with their escapes decoded; PDF text
/// as drawn, read on from fragment to fragment and page to page; PDF metadata and outline, each string alone — for
/// any name the edition may not show. Redaction happens on the sources with the same matcher; this proves it held.
/// </summary>
public static partial class LeakScan
{
    // PDFsharp writes document information and outline titles as UTF-16 hex strings <FEFF…>, or as literal strings (…)
    // when ASCII; a link annotation's URI is a literal string too, and so may be a structure element's alternate
    // description (/Alt), replacement text (/ActualText), expansion (/E) or title (/T) (ISO 32000-1 §14.9).
    [GeneratedRegex(@"<FEFF(?<hex>(?:[0-9A-Fa-f]{4})+)>|/(?:Title|Author|Subject|Keywords|URI|Contents|Alt|ActualText|E|T)\s*\((?<literal>(?:[^()\\]|\\.)*)\)", RegexOptions.Singleline)]
    private static partial Regex InfoStrings();

    [GeneratedRegex(@"\\(?<escape>[0-7]{1,3}|.)", RegexOptions.Singleline)]
    private static partial Regex LiteralEscapes();

    /// <summary>Every file under <paramref name="root"/>, each read as its extension says.</summary>
    public static IReadOnlyList<SourceError> Scan(string root, Redactor redactor,
        IReadOnlyDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>> drawn) =>
        Scan(root, redactor, drawn, Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(p => (p, ReadBack.ByName)));

    /// <param name="root">the edition's folder</param>
    /// <param name="drawn">the text drawn on each PDF written, by its path in <paramref name="root"/> (pdf/a.pdf; its bytes are read back from the file)</param>
    /// <param name="files">the files to read back, each with how its output kind is read (an incremental build scans what it wrote)</param>
    public static IReadOnlyList<SourceError> Scan(string root, Redactor redactor,
        IReadOnlyDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>> drawn, IEnumerable<(string Path, ReadBack How)> files)
    {
        var leaks = new List<SourceError>();
        foreach (var (path, how) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var file = new Reading(leaks, redactor, relative, path);
            file.Report(relative, Escapes.Percent, [(0, relative.Length)], _ => new SourceSpan(path, 1, 1), "in the file name");
            var reading = how == ReadBack.ByName ? ReadBacks.Of(path) : how;
            if (reading == ReadBack.Pdf)
            {
                if (drawn.TryGetValue(relative, out var fragments)) Drawn(file, fragments);
                foreach (var text in Metadata(File.ReadAllBytes(path)))
                    file.Report(text, Escapes.Html | Escapes.Percent, [(0, text.Length)], _ => new SourceSpan(path, 1, 1), "in the metadata, outline or links");
            }
            else if (reading == ReadBack.Markup) Marked(file, File.ReadAllText(path));
            else if (reading == ReadBack.Docx) Package(file, path, ".docx");
            else if (reading == ReadBack.Ofd) Ofd(file, path);
            else if (reading is ReadBack.Script or ReadBack.Style)
            {
                var text = File.ReadAllText(path);
                var escapes = (reading == ReadBack.Style ? Escapes.Css : Escapes.Js) | Escapes.Percent;
                file.Report(text, escapes, [(0, text.Length)], at => Locate(path, text, at), "in the text");
            }
        }
        return leaks;
    }

    private sealed record Reading(List<SourceError> Leaks, Redactor Redactor, string File, string Path)
    {
        public void Report(string text, Escapes escapes, ReadOnlySpan<(int Start, int End)> ranges, Func<int, SourceSpan> where, string place)
        {
            foreach (var m in Redactor.Find(text, escapes, ranges))
                Leaks.Add(new SourceError(where(m.Start),
                    $"the {Redactor.Edition.Name} edition shows `{text[m.Start..m.End]}` ({m.Entry.Name}) {place} of {File}",
                    $"the registry says {m.Entry.Name} is not shown in {Redactor.Edition.Name}; find where this text comes from (a template, a data file) and mask it there"));
        }
    }

    // A .docx as Word reads it: every part of the package — the text, headers, footers, notes, comments, core and app
    // properties — read as markup, so a name split over runs (<w:t>张</w:t></w:r><w:r><w:t>三</w:t>) is one name; and
    // every part's name. A package that cannot be opened is reported, not passed.
    private static void Package(Reading file, string path, string kind)
    {
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var name = entry.FullName;
                file.Report(name, Escapes.Percent, [(0, name.Length)], _ => new SourceSpan(path, 1, 1), $"in the name of its part {name}");
                if (!name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) continue;
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                var (body, values) = Markup.Ranges(text);
                file.Report(text, Escapes.Html | Escapes.Percent, CollectionsMarshal.AsSpan(body), _ => new SourceSpan(path, 1, 1), $"in its part {name}");
                foreach (var value in values)
                    file.Report(text, Escapes.Html | Escapes.Percent, [value], _ => new SourceSpan(path, 1, 1), $"in an attribute of its part {name}");
            }
        }
        catch (InvalidDataException e)
        {
            file.Leaks.Add(new SourceError(new SourceSpan(path, 1, 1), $"the leak scan cannot read {file.File} back as {(kind == ".ofd" ? "an" : "a")} {kind} ({e.Message})",
                "the file is damaged: delete output/ and build again"));
        }
    }

    // An OFD as a reader reads it: its parts as a package's (every XML part as markup, every part's name), and the
    // text of the document — every TextCode of every page, in the order of the pages Document.xml lists — read on
    // across objects and pages, so a name whose characters stand in two TextObjects (two faces, two lines) is one name.
    private static void Ofd(Reading file, string path)
    {
        Package(file, path, ".ofd");
        try
        {
            var text = OfdReading.Text(path);
            file.Report(text, Escapes.Percent, [(0, text.Length)], _ => new SourceSpan(path, 1, 1), "in the text");
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException)
        {
            file.Leaks.Add(new SourceError(new SourceSpan(path, 1, 1), $"the leak scan cannot read {file.File} back as an .ofd ({e.Message})",
                "the file is damaged: delete output/ and build again"));
        }
    }

    // The text between tags reads on across them; each attribute value and comment is read alone.
    private static void Marked(Reading file, string text)
    {
        var (body, values) = Markup.Ranges(text);
        const Escapes escapes = Escapes.Html | Escapes.Percent;
        file.Report(text, escapes, CollectionsMarshal.AsSpan(body), at => Locate(file.Path, text, at), "in the text");
        foreach (var value in values)
            file.Report(text, escapes, [value], at => Locate(file.Path, text, at), "in an attribute");
    }

    // The body as a reader reads it: every fragment drawn, page after page, joined (a name broken over two lines or
    // pages is one name; 任何 drawn as 任 and 何 is one word). Folios and margin notes are read alone.
    private static void Drawn(Reading file, IReadOnlyList<(int Page, string Text, bool Artifact)> fragments)
    {
        var body = new StringBuilder();
        var pages = new List<(int At, int Page)>();
        foreach (var (page, text, artifact) in fragments)
        {
            if (artifact)
            {
                file.Report(text, Escapes.Percent, [(0, text.Length)], _ => new SourceSpan(file.Path, page, 1), $"in the margin of page {page}");
                continue;
            }
            if (pages.Count == 0 || pages[^1].Page != page) pages.Add((body.Length, page));
            body.Append(text);
        }
        var joined = body.ToString();
        int PageAt(int at) => pages.LastOrDefault(p => p.At <= at, (At: 0, Page: 1)).Page;
        file.Report(joined, Escapes.Percent, [(0, joined.Length)], at => new SourceSpan(file.Path, PageAt(at), 1), "in the text");
    }

    // What a PDF says about itself, each string alone: the texts of the XMP packet (UTF-8), every information and
    // outline string, every link.
    private static List<string> Metadata(byte[] pdf)
    {
        var latin = Encoding.Latin1.GetString(pdf);
        var texts = new List<string>();
        var xmp = latin.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var xmpEnd = latin.IndexOf("</x:xmpmeta>", StringComparison.Ordinal);
        if (xmp >= 0 && xmpEnd > xmp)
        {
            var packet = Encoding.UTF8.GetString(pdf, xmp, xmpEnd - xmp);
            var (text, values) = Markup.Ranges(packet);
            texts.AddRange(text.Concat(values).Select(r => packet[r.Start..r.End]).Where(t => !string.IsNullOrWhiteSpace(t)));
        }
        foreach (Match m in InfoStrings().Matches(latin))
            texts.Add(m.Groups["hex"].Success ? Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups["hex"].Value))
                : LiteralEscapes().Replace(m.Groups["literal"].Value, Unescape));
        return texts;
    }

    // PDF literal string escapes (ISO 32000-1 §7.3.4.2): \n \r \t \b \f \( \) \\ \ddd, and \ before a line break joins lines.
    private static string Unescape(Match m) => m.Groups["escape"].Value switch
    {
        "n" => "\n", "r" => "\r", "t" => "\t", "b" => "\b", "f" => "\f", "\n" or "\r" => "",
        [>= '0' and <= '7', ..] octal => ((char)Convert.ToInt32(octal, 8)).ToString(),
        var other => other,
    };

    private static SourceSpan Locate(string path, string text, int at)
    {
        var line = 1 + text.AsSpan(0, at).Count('\n');
        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
        return new SourceSpan(path, line, column);
    }
}
