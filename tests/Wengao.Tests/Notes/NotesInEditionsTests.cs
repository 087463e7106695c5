using System.Xml.Linq;
using UglyToad.PdfPig;
using Wengao.Pipeline;
using Wengao.Load;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Redact;
using Wengao.Render.Pdf;
using Wengao.Tests.Support;
using Wengao.Render.Pdf.Layout;

namespace Wengao.Tests.Notes;

/// <summary>A note is text like the rest: the public edition masks a name in it, and the leak scan reads it in the PDF.</summary>
public sealed class NotesInEditionsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public NotesInEditionsTests()
    {
        Write("content/site.yml", "title: 讲话稿\norganisation: 某市人民政府办公室\neditions:\n  - name: internal\n  - name: public\n    mask: xxx\n");
        Write("content/registry.yml", "people:\n  - name: 王大明\n    show: [internal]\n");
        Write("content/speeches/2024-01-15-report.md", """
            ---
            title: 政府工作报告
            speaker: 张某
            date: 2024-01-15
            ---

            深入实施制造业“链长制”[^1]，12条重点产业链产值增长9.1%。

            [^1]: “链长制”：由市级领导担任重点产业链“链长”，新能源产业链由王大明同志牵头。
            """);
    }

    private void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_dir[relative])!);
        File.WriteAllText(_dir[relative], text);
    }

    private static string NoteLine(string pdf) =>
        string.Concat(PdfText.Body(PdfText.Lines(pdf)).SkipWhile(l => l.Text != "注释").Skip(1).Select(l => l.Text));

    [Fact]
    public void The_public_edition_masks_a_name_in_a_note_on_the_page_and_in_the_pdf()
    {
        SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, _dir["output"]));

        Assert.Equal("［1］“链长制”：由市级领导担任重点产业链“链长”，新能源产业链由xxx同志牵头。", NoteLine(_dir["output/public/pdf/report.pdf"]));
        Assert.Contains("王大明同志牵头", NoteLine(_dir["output/internal/pdf/report.pdf"]));
        var note = Html.Load(_dir["output/public/site/speeches/report.html"]).Descendants("section")
            .Single(s => (string?)s.Attribute("class") == "notes").Descendants("li").Single(); // the notes' one; the breadcrumbs are a list too
        Assert.Equal("［1］“链长制”：由市级领导担任重点产业链“链长”，新能源产业链由xxx同志牵头。", note.Text().Trim());
        foreach (var file in Directory.GetFiles(_dir["output/public"], "*.pdf", SearchOption.AllDirectories))
        {
            using var pdf = PdfDocument.Open(file);
            Assert.DoesNotContain("王大明", string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)));
        }
    }

    [Fact]
    public void The_leak_scan_reads_a_notes_text_in_the_pdf()
    {
        // The manuscript set from the unmasked source, as if masking had missed the note: the scan must find the name there.
        var corpus = CorpusLoader.Load(_dir["content"]);
        var speech = corpus.Documents.Single();
        var setter = DocumentSetter.Create(corpus.Site);
        var parsed = new ParsedDocument(speech, SpeechMarkdown.Parse(speech.Body, speech.BodyStart), 0, 0, null);
        var pdf = new PdfTemplates(Path.Combine(Repo.Templates, "pdf")).Render(setter, "manuscript.sbn", PdfSources.Of(parsed, corpus.Site));
        File.WriteAllBytes(_dir["report.pdf"], pdf.Bytes);

        var leaks = LeakScan.Scan(_dir.Path, new Redactor(corpus.Registry, new Edition("public", "xxx")),
            new Dictionary<string, IReadOnlyList<(int, string, bool)>> { ["report.pdf"] = pdf.Drawn });

        var leak = Assert.Single(leaks);
        Assert.Contains("王大明", leak.Message);
        // Found where the note is drawn: after the body's text, in the drawn text the scan reads on.
        var text = string.Concat(pdf.Drawn.Where(d => !d.Artifact).Select(d => d.Text));
        Assert.EndsWith("新能源产业链由王大明同志牵头。", text);
    }

    public void Dispose() => _dir.Dispose();
}
