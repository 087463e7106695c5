using UglyToad.PdfPig;
using Wengao.Pipeline;
using Wengao.Tests.Support;

namespace Wengao.Tests.PdfLayout;

/// <summary>The PDF's layout is its template's: an edited templates/pdf/briefing.sbn changes the PDF with no change to the program.</summary>
public sealed class TemplateChangeTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();
    private string Template => _dir["templates/pdf/briefing.sbn"];
    private string Pdf => _dir["output/internal/pdf/bangfu-zuotanhui-jianbao.pdf"];

    private void Edit(string from, string to)
    {
        var text = File.ReadAllText(Template);
        Assert.Contains(from, text);
        File.WriteAllText(Template, text.Replace(from, to, StringComparison.Ordinal));
    }

    private void Build() => SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["output"]));

    [Fact]
    public void The_briefings_name_takes_the_colour_the_template_gives_it()
    {
        Edit("""size="小初" colour="{{ red }}" """, """size="小初" colour="#0000FF" """);
        Build();

        using var document = PdfDocument.Open(Pdf);
        var name = document.GetPage(1).Letters.Where(l => l.PointSize > 30).ToList();
        Assert.Equal("对口帮扶工作简报", string.Concat(name.Select(l => l.Value)));
        Assert.All(name, l => Assert.Equal((0.0, 0.0, 1.0), l.Color.ToRGBValues()));
    }

    [Fact]
    public void A_mark_the_template_adds_stands_in_its_corner_on_every_page()
    {
        Edit("<folio", """<mark corner="top-left" font="黑体" size="三号">秘密★1年</mark>""" + "\n<folio");
        Build();

        var marks = PdfText.Lines(Pdf).Where(l => l.Text == "秘密★1年").ToList();
        using var document = PdfDocument.Open(Pdf);
        Assert.Equal(document.NumberOfPages, marks.Count);
        Assert.All(marks, mark =>
        {
            Assert.Equal(28 * PdfText.Mm, mark.Left, 1.0); // on the type area's left edge
            Assert.Equal(PdfText.TypeAreaTop + 8 * PdfText.Mm, mark.Baseline, 0.5); // 8 mm above it, the gap unless it says
            Assert.All(mark.Letters, l => Assert.Equal(16, l.PointSize, 0.1));
        });
    }

    [Fact]
    public void One_more_line_of_the_foot_is_set_between_its_rules()
    {
        Edit("{{~ if page.copies ~}}", "<p>抄：xxx县纪委监委。</p>\n{{~ if page.copies ~}}");
        Build();

        var lines = PdfText.Body(PdfText.Lines(Pdf));
        var last = lines.Where(l => l.Page == lines.Max(m => m.Page)).ToList();
        Assert.Equal(["发：各乡镇党委、政府，县级各部门。", "抄：xxx县纪委监委。", "（共印60份）"], last.TakeLast(3).Select(l => l.Text));
        using var document = PdfDocument.Open(Pdf);
        var page = document.GetPage(document.NumberOfPages);
        var rules = page.Paths.Where(p => p.IsStroked).Select(p => p.GetBoundingRectangle()!.Value)
            .Where(r => r.Width > 150 * PdfText.Mm && r.Height < 1).Select(r => r.Bottom).ToList();
        var added = last[^2];
        Assert.Contains(rules, y => y > added.Baseline && y < last[^3].Baseline); // a thin rule above it
        Assert.Contains(rules, y => y < added.Baseline && y > last[^1].Baseline); // and one below, before the copies
    }

    [Fact]
    public void A_page_break_in_the_template_starts_the_body_on_a_new_page()
    {
        var speech = _dir["templates/pdf/_speech.sbn"];
        var text = File.ReadAllText(speech);
        Assert.Contains("<body/>", text);
        File.WriteAllText(speech, text.Replace("<body/>", "<new-page/>\n<body/>", StringComparison.Ordinal));
        Build();

        var pdf = _dir["output/internal/pdf/bangfu-gongzuodui-zuotanhui.pdf"];
        var lines = PdfText.Body(PdfText.Lines(pdf));
        Assert.StartsWith("尊敬的", lines.Last(l => l.Page == 1).Text); // the heading and salutation alone on the first page
        Assert.Equal(PdfText.TypeAreaTop - 16 * 0.88, lines.First(l => l.Page == 2).Baseline, 1.0); // the body from the second page's first line
    }

    public void Dispose() => _dir.Dispose();
}
