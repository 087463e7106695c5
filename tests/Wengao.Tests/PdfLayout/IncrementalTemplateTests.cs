using Wengao.Pipeline;
using Wengao.Pipeline.Incremental;
using Wengao.Tests.Support;

namespace Wengao.Tests.PdfLayout;

/// <summary>`wengao serve` renders the PDFs again when a template of templates/pdf changes, and writes those whose bytes changed.</summary>
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

        Assert.Equal(["pdf/bangfu-zuotanhui-jianbao.pdf", "site/pdf/bangfu-zuotanhui-jianbao.pdf"], report.Written);
        Assert.Contains("pdf/bangfu-gongzuodui-zuotanhui.pdf", report.Rendered); // every PDF's inputs hold every PDF template
        Assert.DoesNotContain(report.Rendered, p => p.EndsWith(".html", StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();
}
