using Wengao.Pipeline;
using Wengao.Pipeline.Incremental;
using Wengao.Tests.Support;

namespace Wengao.Tests.PdfLayout;

/// <summary>`wengao serve` renders the PDFs a template of templates/pdf lays out again when it changes, and writes those whose bytes changed.</summary>
public sealed class IncrementalTemplateTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();

    [Fact]
    public void Editing_a_pdf_template_rewrites_the_pdfs_it_lays_out_and_no_page()
    {
        var build = new IncrementalBuild(new BuildOptions(_dir["content"], _dir["templates"], _dir["serve"], Drafts: true));
        build.Rebuild();
        var template = _dir["templates/pdf/briefing.sbn"];
        var text = File.ReadAllText(template);
        Assert.Contains("thickness=\"1.5pt\"", text);
        File.WriteAllText(template, text.Replace("thickness=\"1.5pt\"", "thickness=\"3pt\"", StringComparison.Ordinal));

        var report = build.Rebuild([template]);

        // The briefing's PDF, its .docx and its OFD, made from the same template.
        string[] outputs = ["docx/bangfu-zuotanhui-jianbao.docx", "ofd/bangfu-zuotanhui-jianbao.ofd", "pdf/bangfu-zuotanhui-jianbao.pdf",
            "site/docx/bangfu-zuotanhui-jianbao.docx", "site/ofd/bangfu-zuotanhui-jianbao.ofd", "site/pdf/bangfu-zuotanhui-jianbao.pdf"];
        Assert.Equal(outputs, report.Written);
        // A PDF depends on its own template and the partials: the speech's, laid out by manuscript.sbn and reading.sbn, are not rendered.
        Assert.Equal(outputs, report.Rendered);
        Assert.DoesNotContain(report.Rendered, p => p.EndsWith(".html", StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();
}
