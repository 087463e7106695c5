using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UglyToad.PdfPig;
using Wengao.Pipeline;
using Wengao.Tests.Support;

namespace Wengao.Tests.Redact;

/// <summary>
/// The corpora of Corpus/ built as they are: tricky spellings of hidden names that a public edition must not show
/// in any output, and ordinary words around one-character names that must not fail the build; and the sample with
/// the attacks of Corpus/attacks/ written on its registry's names.
/// </summary>
public sealed partial class RedactionCorpusTests : IDisposable
{
    /// <summary>The hidden names of Corpus/tricky/registry.yml, as a reader reads them.</summary>
    private static readonly string[] Hidden = ["王秀英", "wangxiuying", "李建勤", "廖雪扬", "张苇", "杜海燕", "海燕", "金剑",
        "zhangwei", "weizhang", "张书记", "张副县长", "张同志", "阿依古丽买买提"];

    private readonly TempDir _dir = new();

    [GeneratedRegex(@"\{U\+(?<hex>[0-9A-F]{4,6})\}")]
    private static partial Regex Escaped();

    private BuildReport Build(string corpus, bool onTheSample = false)
    {
        TempDir.Copy(Repo.Templates, _dir["templates"]);
        if (onTheSample) TempDir.Copy(Repo.Content, _dir["content"]);
        var from = Path.Combine(Repo.Root, "tests", "Wengao.Tests", "Redact", "Corpus", corpus);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = _dir[Path.Combine("content", Path.GetRelativePath(from, file))];
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // {U+FE00} in the corpus is the character itself in the source built.
            File.WriteAllText(target, Escaped().Replace(File.ReadAllText(file),
                m => char.ConvertFromUtf32(int.Parse(m.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
        }
        return SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["output"]));
    }

    [Fact]
    public void The_public_edition_shows_no_tricky_spelling_of_a_hidden_name_in_any_output()
    {
        Build("tricky");

        var shown = Shown(_dir["output/public"]);
        foreach (var kind in new[] { "file names", "HTML", "search index", "feed", "sitemap", "PDF text", "PDF metadata and outline", "PDF links", "Word text", "Word properties" })
            Assert.True(shown.ContainsKey(kind), $"the public edition wrote no {kind}");
        foreach (var (kind, text) in shown)
            foreach (var name in Hidden)
                Assert.False(text.Contains(name, StringComparison.Ordinal), $"{name} is readable in the {kind} of the public edition: …{Around(text, name)}…");
        // What the names became: the mask, with the words around them kept.
        Assert.Contains("xxx副县长到会", shown["HTML"]);
        Assert.Contains("xxx说", shown["HTML"]);
        Assert.Contains("xxx对大家讲", shown["HTML"]);
        Assert.Contains("xxx同志主持会议", shown["PDF text"]);
        Assert.Contains("q=xxx", shown["PDF links"]);
        Assert.Contains("在xxx同志和xxx座谈会上的讲话", shown["PDF metadata and outline"]);
        // A surname the registry asks for is masked before a title, and only there.
        Assert.Contains("xxx书记、xxx副县长、xxx同志都到了；一张书桌、张贴公告照常", shown["HTML"]);
        Assert.Contains("xxx、xxx、xxx、xxx、xxx、xxx，说的都是一个人", shown["PDF text"]);
        Assert.True(File.Exists(_dir["output/public/site/speeches/xxx-jianghua.html"]));
    }

    [Fact]
    public void The_internal_edition_of_the_tricky_corpus_shows_every_name_it_spells()
    {
        Build("tricky");

        var shown = Shown(_dir["output/internal"]);
        Assert.All(Hidden, name => Assert.Contains(name, shown["HTML"]));
        Assert.Contains("李建勤", shown["PDF metadata and outline"]); // written 李 U+F9E1 in the title
        Assert.Contains("王秀英", shown["PDF links"]); // percent-encoded in the link
        // The occasion names a page: its file name, and its URL in the sitemap, percent-encoded.
        Assert.Contains("occasions/廖雪扬同志调研金剑.html", shown["file names"]);
        Assert.Contains("廖雪扬同志调研金剑", shown["sitemap"]);
        Assert.Contains("张苇", shown["feed"]);
        Assert.Contains("wangxiuying", shown["search index"]);
    }

    /// <summary>The names content/registry.yml hides in public, read from the file as written (two characters and more: a one-character name is a name only by its guards).</summary>
    private static string[] SampleHidden()
    {
        var names = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Repo.Content, "registry.yml")))
        {
            if (SampleName().Match(line) is { Success: true } name) names.Add(name.Groups["name"].Value);
            if (SampleAliases().Match(line) is { Success: true } aliases) names.AddRange(aliases.Groups["list"].Value.Split(',', StringSplitOptions.TrimEntries));
            // A person's pinyin, as written and given name first, read as the corpus reads text: lower case, no spaces.
            if (SamplePinyin().Match(line) is { Success: true } pinyin)
                names.AddRange([pinyin.Groups["family"].Value + pinyin.Groups["given"].Value, pinyin.Groups["given"].Value + pinyin.Groups["family"].Value]);
        }
        return [.. names.Where(n => n.Length > 1)];
    }

    [GeneratedRegex(@"^\s*- name: (?<name>\S+)\s*$")]
    private static partial Regex SampleName();

    [GeneratedRegex(@"^\s*aliases: \[(?<list>[^\]]+)\]")]
    private static partial Regex SampleAliases();

    [GeneratedRegex(@"^\s*pinyin: (?<family>\S+) (?<given>\S+)\s*$")]
    private static partial Regex SamplePinyin();

    [Fact]
    public void The_sample_with_the_attacks_shows_no_hidden_name_in_any_file_of_its_public_edition()
    {
        Build("attacks", onTheSample: true);

        var hidden = SampleHidden();
        Assert.Contains("张苇", hidden);
        Assert.Contains("海燕", hidden);
        Assert.Contains("WeiZhang", hidden);
        var shown = Shown(_dir["output/public"]);
        foreach (var kind in new[] { "file names", "HTML", "search index", "feed", "sitemap", "PDF text", "PDF metadata and outline", "PDF links", "Word text", "Word properties", "Word links", "OFD text", "OFD properties" })
            Assert.True(shown.ContainsKey(kind), $"the public edition wrote no {kind}");
        hidden = [.. hidden.Select(n => n.ToLowerInvariant())];
        foreach (var (kind, text) in shown)
        {
            foreach (var name in hidden)
                Assert.False(text.Contains(name, StringComparison.Ordinal), $"{name} is readable in the {kind} of the public edition: …{Around(text, name)}…");
            // The one-character names where their titles follow them.
            foreach (var name in new[] { "冀书记", "何局长" })
                Assert.False(text.Contains(name, StringComparison.Ordinal), $"{name} is readable in the {kind} of the public edition: …{Around(text, name)}…");
        }
        // The text around the names, and the links, notes and tables they were split by, are all still there.
        var html = shown["HTML"];
        foreach (var kept in new[] { "同志扎根一线", "xxx同志常说", "xxx同志主持会议", "xxx同志作总结", "xxx说", "xxx书记", "xxx局长", "任何人都要学xxx",
                     "https://example.org/a", "https://example.org/b", "q=xxx", "挂职干部", "同一个人", "xxx同志的注释",
                     "xxx同志、xxx同志和xxx同志都到了" })
            Assert.True(html.Contains(kept, StringComparison.Ordinal), $"`{kept}` is not in the HTML of the public edition");
        Assert.Contains("xxx同志将到xxx、xxx调研", shown["PDF text"]);
        Assert.Contains("xxx同志将到xxx、xxx调研", shown["Word text"]);
        Assert.Contains("xxx同志将到xxx、xxx调研", shown["OFD text"]);
        // Figures and charts whose ids name a hidden person are there, under masked ids.
        Assert.Contains("新增就业12人，占计划的120%", shown["PDF text"]);
        Assert.Contains("新增就业÷计划就业", html);
        Assert.Contains("https://example.org/a", shown["Word links"]);
        // The internal edition, read the same way, shows them: the readers read what they must.
        var inside = Shown(_dir["output/internal"]);
        Assert.All(new[] { "HTML", "PDF text", "Word text", "OFD text", "OFD properties", "search index" }, kind => Assert.Contains("张苇", inside[kind]));
        Assert.Contains("张苇", inside["PDF metadata and outline"]); // the speaker, 張 + U+200D + 葦
    }

    [Fact]
    public void Ordinary_words_around_one_character_names_build_and_stay_as_written()
    {
        var report = Build("plain");

        Assert.Contains(report.Notes, n => n.StartsWith("edition public masked:", StringComparison.Ordinal));
        var shown = Shown(_dir["output/public"]);
        foreach (var kind in new[] { "HTML", "PDF text" })
        {
            var text = shown[kind];
            foreach (var word in new[] { "任何单位", "任何时候", "任何。", "京津冀协同", "京津冀。", "学京津冀，", "如何把", "为何有", "如何？", "为何！", "何杰勇同志", "无论如何都" })
                Assert.True(text.Contains(word, StringComparison.Ordinal), $"`{word}` is not in the {kind} of the public edition as written");
            // The names themselves are masked, where a title follows them.
            Assert.Contains("xxx书记强调", text);
            Assert.Contains("xxx局长指出", text);
            Assert.DoesNotContain("冀书记", text);
            Assert.DoesNotContain("何局长", text);
        }
    }

    /// <summary>Everything each kind of output of an edition shows, read independently of the code under test.</summary>
    private static Dictionary<string, string> Shown(string edition)
    {
        var shown = new Dictionary<string, StringBuilder>();
        void Add(string kind, string? text)
        {
            if (!shown.TryGetValue(kind, out var builder)) shown[kind] = builder = new StringBuilder();
            builder.Append(text).Append('\n');
        }
        foreach (var file in Directory.GetFiles(edition, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Add("file names", Uri.UnescapeDataString(Path.GetRelativePath(edition, file)));
            // The search index: its entry, its shards (search/s/) and its documents' chunks (search/d/).
            var searchIndex = Path.GetFileName(file) == "search-index.js"
                || Path.GetRelativePath(edition, file).Replace('\\', '/').Contains("/search/", StringComparison.Ordinal);
            switch (Path.GetFileName(file))
            {
                case var _ when searchIndex:
                    var script = File.ReadAllText(file);
                    using (var json = JsonDocument.Parse(script[script.IndexOf('{')..(script.LastIndexOf('}') + 1)]))
                        Add("search index", string.Join("\n", Strings(json.RootElement)));
                    break;
                case "feed.xml" or "sitemap.xml":
                    Add(Path.GetFileNameWithoutExtension(file) == "feed" ? "feed" : "sitemap", Xml(XDocument.Load(file)));
                    break;
                case var name when name.EndsWith(".html", StringComparison.Ordinal):
                    Add("HTML", Xml(Html.Load(file)));
                    break;
                case var name when name.EndsWith(".pdf", StringComparison.Ordinal):
                    using (var pdf = PdfDocument.Open(file))
                    {
                        // The letters of every page read on, as a reader reads a name broken over a line or a page.
                        Add("PDF text", string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)));
                        Add("PDF links", string.Join("\n", pdf.GetPages().SelectMany(p => p.GetHyperlinks()).Select(h => Uri.UnescapeDataString(h.Uri ?? ""))));
                        var info = pdf.Information;
                        Add("PDF metadata and outline", string.Join("\n", info.Title, info.Author, info.Subject, info.Keywords));
                        if (pdf.TryGetBookmarks(out var bookmarks)) Add("PDF metadata and outline", string.Join("\n", bookmarks.GetNodes().Select(b => b.Title)));
                        if (pdf.TryGetXmpMetadata(out var xmp)) Add("PDF metadata and outline", Xmp(xmp));
                    }
                    break;
                case var name when name.EndsWith(".docx", StringComparison.Ordinal):
                    Word(file, Add);
                    break;
                case var name when name.EndsWith(".ofd", StringComparison.Ordinal):
                    Ofd(file, Add);
                    break;
            }
        }
        return shown.ToDictionary(s => s.Key, s => Read(s.Value.ToString()));
    }

    /// <summary>
    /// A .docx as Word shows it: the runs' text of the body, headers, footers and notes read on (w:t, w:delText,
    /// w:instrText), a tab or break as a space; the package's properties; every relationship's target, URLs decoded.
    /// </summary>
    private static void Word(string file, Action<string, string?> add)
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var zip = ZipFile.OpenRead(file);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var stream = entry.Open();
            if (entry.FullName.StartsWith("word/", StringComparison.Ordinal) && entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.Contains("/_rels/"))
            {
                var part = XDocument.Load(stream);
                add("Word text", string.Concat(part.Descendants().Select(e =>
                    e.Name == w + "t" || e.Name == w + "delText" || e.Name == w + "instrText" ? e.Value : e.Name == w + "tab" || e.Name == w + "br" ? " " : "")));
                add("Word text", string.Join("\n", part.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Value)));
            }
            else if (entry.FullName.StartsWith("docProps/", StringComparison.Ordinal))
                add("Word properties", Xml(XDocument.Load(stream)));
            else if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                add("Word links", string.Join("\n", XDocument.Load(stream).Descendants().Select(e => e.Attribute("Target")?.Value).OfType<string>().Select(Uri.UnescapeDataString)));
            add("file names", entry.FullName);
        }
    }

    /// <summary>
    /// An OFD as a reader shows it: the TextCode of every page read on, pages in their number's order (a name over two
    /// text objects or pages is one name); DocInfo, custom tags and every other part's text and attributes; part names.
    /// </summary>
    private static void Ofd(string file, Action<string, string?> add)
    {
        using var zip = ZipFile.OpenRead(file);
        var pages = new SortedDictionary<int, string>();
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            add("file names", entry.FullName);
            if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal)) continue;
            using var stream = entry.Open();
            var part = XDocument.Load(stream);
            if (OfdPage().Match(entry.FullName) is { Success: true } page)
                pages[int.Parse(page.Groups["n"].Value, CultureInfo.InvariantCulture)] = string.Concat(part.Descendants().Where(e => e.Name.LocalName == "TextCode").Select(e => e.Value));
            add(entry.FullName.EndsWith("OFD.xml", StringComparison.Ordinal) || entry.FullName.EndsWith("CustomTags.xml", StringComparison.Ordinal) ? "OFD properties" : "OFD parts", Xml(part));
        }
        add("OFD text", string.Concat(pages.Values));
    }

    [GeneratedRegex(@"Pages/Page_(?<n>\d+)/Content\.xml$")]
    private static partial Regex OfdPage();

    // The packet must be XML (PDFsharp 6.2.4 pasted its values unescaped; the build escapes them): a packet that is not fails here.
    private static string Xmp(UglyToad.PdfPig.Content.XmpMetadata xmp) => Xml(xmp.GetXDocument());

    // Text and attribute values, each on its own line, URLs decoded (a sitemap's <loc>, a link's href).
    private static string Xml(XDocument document) =>
        Uri.UnescapeDataString(string.Concat(document.DescendantNodes().OfType<XText>().Select(t => t.Value))) + "\n"
        + string.Join("\n", document.Descendants().SelectMany(e => e.Attributes()).Select(a => Uri.UnescapeDataString(a.Value)));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    /// <summary>
    /// The text as a reader reads it, for the spellings of the corpus: what the eye does not see dropped (marks,
    /// variation selectors, format characters, fillers, white space, the separators ·・-_), the look-alike forms the
    /// corpus uses read as what they look like, lower case.
    /// </summary>
    private static string Read(string text)
    {
        var looksLike = new Dictionary<int, string> { [0x2FA6] = "金", [0xF9E1] = "李", ['揚'] = "扬", ['張'] = "张", ['葦'] = "苇", ['靜'] = "静", ['趙'] = "赵", [0x0430] = "a", [0x0410] = "a",
            ['ā'] = "a", ['ě'] = "e", ['Ā'] = "a", ['Ě'] = "e" };
        var read = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format or UnicodeCategory.Control || Rune.IsWhiteSpace(rune)
                || rune.Value is 0x3164 or 0x2800 or '·' or '・' or '-' or '_' or '*' or '`' or '|'
                // a minority name's dot as the corpus types it, pinyin's apostrophe
                || rune.Value is '•' or 'ᐧ' or 'ㆍ' or '‧' or '∙' or '⋅' or '･' or '’')
                continue;
            read.Append(looksLike.TryGetValue(rune.Value, out var letter) ? letter : rune.ToString());
        }
        return read.ToString().ToLowerInvariant();
    }

    private static string Around(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return text[Math.Max(0, at - 20)..Math.Min(text.Length, at + name.Length + 20)];
    }

    public void Dispose() => _dir.Dispose();
}
