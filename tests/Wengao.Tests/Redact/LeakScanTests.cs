using Wengao.Model;
using Wengao.Redact;
using Wengao.Tests.Support;

namespace Wengao.Tests.Redact;

/// <summary>The read-back scan reads whole text: across PDF fragments and pages, HTML tags, script escapes.</summary>
public sealed class LeakScanTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static readonly Redactor Redactor = new(new Registry(
        [Person("王秀英") with { Pinyin = "Wang Xiuying" }, Person("何")], ["同志", "局长"], [], []), new Edition("public", "xxx"));

    private static RegistryEntry Person(string name) => new(name, EntryKind.Person, [], null, ["internal"], new SourceSpan("r", 1, 1));

    private IReadOnlyList<SourceError> Scan(string file, string text, params (int Page, string Text, bool Artifact)[] drawn)
    {
        File.WriteAllText(_dir[file], text);
        return LeakScan.Scan(_dir.Path, Redactor, new Dictionary<string, IReadOnlyList<(int, string, bool)>> { [file] = drawn });
    }

    [Fact]
    public void A_word_drawn_in_pieces_over_a_page_break_is_one_word()
    {
        // 任何 at the foot of page 1, 人 at the head of page 2, the folio drawn between: 何 is followed by 人.
        Assert.Empty(Scan("a.pdf", "%PDF-1.7\n", (1, "任", false), (1, "何", false), (1, "— 1 —", true), (2, "人", false), (2, "都到了。", false)));
    }

    [Fact]
    public void A_name_drawn_in_pieces_over_a_page_break_is_found_on_the_page_it_starts()
    {
        var leak = Assert.Single(Scan("a.pdf", "%PDF-1.7\n", (1, "主持人：王", false), (1, "秀", false), (1, "— 1 —", true), (2, "英", false)));
        Assert.Equal(1, leak.Where.Line);
        Assert.Contains("王秀英", leak.Message);
    }

    [Fact]
    public void A_short_name_is_read_with_what_follows_it_in_the_next_fragment()
    {
        var leak = Assert.Single(Scan("a.pdf", "%PDF-1.7\n", (1, "何", false), (1, "局长", false), (1, "任何", false), (1, "人", false)));
        Assert.Contains("`何`", leak.Message);
    }

    [Fact]
    public void Html_reads_across_tags_and_decodes_entities_and_links()
    {
        var leaks = Scan("a.html", "<p>任何</p>\n<p>人都到了。王<strong>秀</strong>&#33521;到了。</p>\n<a href=\"/q?w=%E7%8E%8B%E7%A7%80%E8%8B%B1\">检索</a>");
        Assert.Equal(2, leaks.Count);
        Assert.Contains("in the text", leaks[0].Message);
        Assert.Equal((2, 9), (leaks[0].Where.Line, leaks[0].Where.Column));
        Assert.Contains("in an attribute", leaks[1].Message);
    }

    [Fact]
    public void Html_decodes_the_named_references_of_html5()
    {
        var leak = Assert.Single(Scan("a.html", "<p>任何人都到了。王&ZeroWidthSpace;秀&NoBreak;英</p>"));
        Assert.Contains("王&ZeroWidthSpace;秀&NoBreak;英", leak.Message);
    }

    [Fact]
    public void A_note_s_mark_inside_a_name_is_read_apart_from_it()
    {
        // A superscript is set above the line: 王［1］秀英 reads 王秀英 with a note; 任［2］何人 reads 任何人.
        var leak = Assert.Single(Scan("a.html", "<p>任<sup>［2］</sup>何人都到了。王<a class=\"note-ref\" href=\"#fn:1\"><sup>［1］</sup></a>秀英到了。m<sup>2</sup></p>"));
        Assert.Contains("in the text", leak.Message);
        Assert.Contains("王秀英", leak.Message);
    }

    [Fact]
    public void An_inline_script_is_text_whatever_it_compares()
    {
        var leak = Assert.Single(Scan("a.html", "<p>任何人</p><script>if (a<b) x = \"王秀英\";</script><p>完</p>"));
        Assert.Contains("in the text", leak.Message);
    }

    [Fact]
    public void Scripts_are_read_with_their_escapes_decoded()
    {
        var leak = Assert.Single(Scan("search-index.js", "window.X = {\"text\":\"任何\\n人、王\\u200B秀\\u82F1\"};"));
        Assert.Contains("王秀英", leak.Message);
    }

    [Fact]
    public void Scripts_code_point_and_hex_escapes_are_decoded()
    {
        var leak = Assert.Single(Scan("a.js", "const a = \"任何\\x0A人\"; const b = \"\\u{738B}\\u{79C0}\\u82F1\";"));
        Assert.Contains("王秀英", leak.Message);
    }

    [Fact]
    public void A_style_sheet_is_read_with_its_escapes_decoded()
    {
        // `content:` is drawn: \738B\79C0 英 is 王秀英 on the page; \4EFB\4F55 人 is 任何人.
        var leak = Assert.Single(Scan("a.css", "p::before { content: \"\\4EFB\\4F55 人\"; }\nh1::after { content: \"\\738B\\79C0 英\"; }\n"));
        Assert.Contains("王秀英", leak.Message);
        Assert.Equal(2, leak.Where.Line);
    }

    [Fact]
    public void Pdf_links_and_ascii_metadata_are_read()
    {
        var leaks = Scan("a.pdf", "%PDF-1.7\n1 0 obj << /A << /S /URI /URI (https://e.example/?q=%E7%8E%8B%E7%A7%80%E8%8B%B1) >> >> endobj\n"
            + "2 0 obj << /Author (wang) /Title <FEFF738B79C082F1> >> endobj\n");
        Assert.Equal(2, leaks.Count);
        Assert.All(leaks, leak => Assert.Contains("王秀英", leak.Message));
        Assert.All(leaks, leak => Assert.Contains("metadata, outline or links", leak.Message));
    }

    [Fact]
    public void Pdf_structure_texts_in_literal_strings_are_read()
    {
        // A figure's /Alt, a span's /ActualText and /E, an element's /T, each written as an ASCII literal string.
        var leaks = Scan("a.pdf", "%PDF-1.7\n3 0 obj << /S /Figure /Alt (Wang Xiuying) >> endobj\n4 0 obj << /ActualText (wang\\\nxiuying) /E (WANGXIUYING) /T (wang-xiuying) >> endobj\n");
        Assert.Equal(4, leaks.Count);
    }

    public void Dispose() => _dir.Dispose();
}
