using PdfSharp.Drawing;
using Wengao.Model;
using Wengao.Render.Pdf.Layout;

namespace Wengao.Tests.PdfLayout;

/// <summary>The layout markup read on small examples: sizes in 号 and points, colours, and what it refuses.</summary>
public sealed class MarkupTests
{
    private const string Page = """<page body="三号" title="二号" chars="28" lines="22"/>""";

    private static LayoutDocument Read(string flow) => LayoutMarkup.Parse($"<document>\n{Page}\n{flow}\n</document>");

    private static MarkupException Refused(string flow) => Assert.Throws<MarkupException>(() => Read(flow));

    [Fact]
    public void The_page_gives_the_grid_in_号()
    {
        var document = LayoutMarkup.Parse("""<document><page body="二号" title="一号" chars="20" lines="15" folios="one-sided" keep-paragraphs="yes" speaking-marks="yes"><folio/></page></document>""");

        Assert.Equal(new Render.Pdf.PageLayout(22, 26, 20, 15, FoliosAlternate: false, KeepParagraphsWhole: true, SpeakingMarks: true), document.Layout);
        Assert.Equal(new FolioStyle(FontRole.SongTi, 14), document.Furniture.Folio); // 四号宋体 unless it says
        Assert.Empty(document.Flow);
    }

    [Theory]
    [InlineData("小初", 36)]
    [InlineData("三号", 16)]
    [InlineData("小四", 12)]
    [InlineData("五号", 10.5)]
    [InlineData("15.5pt", 15.5)]
    public void A_size_is_a_字号_or_points(string size, double points)
    {
        var text = Assert.IsType<TextBlock>(Assert.Single(Read($"""<p size="{size}">文字</p>""").Flow));
        Assert.Equal(points, text.Style.Size);
    }

    [Fact]
    public void A_text_has_its_face_alignment_indent_colour_and_spacing()
    {
        var text = Assert.IsType<TextBlock>(Assert.Single(Read("""<p font="楷体" align="right" indent="4" colour="#E60012" before="1" after="2" keep-with-next="no"> 张三 &amp; 李四 </p>""").Flow));

        Assert.Equal(new TextStyle(FontRole.KaiTi, 16, Align.Right, 4, XColor.FromArgb(0xE6, 0x00, 0x12)), text.Style);
        Assert.Equal(("张三 & 李四", 1, 2, false), (text.Text, text.Before, text.After, text.KeepWithNext));
    }

    [Fact]
    public void A_font_is_named_as_an_office_names_it_or_by_its_id()
    {
        var flow = Read("""<p font="heiti">一</p><title font="黑体">二</title>""").Flow;
        Assert.Equal(FontRole.HeiTi, Assert.IsType<TextBlock>(flow[0]).Style.Font);
        Assert.Equal(new TitleBlock("二", FontRole.HeiTi, 22), flow[1]);
    }

    [Fact]
    public void A_drawing_places_text_and_rules_at_offsets()
    {
        var drawing = Assert.IsType<DrawingBlock>(Assert.Single(Read("""
            <drawing height="53mm" heading="yes">
              <text y="20mm" size="小初" align="centre">名</text>
              <rule y="49mm" thickness="1.5pt" width="100mm" colour="black"/>
            </drawing>
            """).Flow));

        Assert.Equal(53 * 72 / 25.4, drawing.Height, 6);
        Assert.True(drawing.Heading);
        var text = Assert.IsType<TextShape>(drawing.Shapes[0]);
        Assert.Equal((20 * 72 / 25.4, "名", 36.0, Align.Centre), (text.Baseline, text.Text, text.Style.Size, text.Style.Align));
        var rule = Assert.IsType<RuleShape>(drawing.Shapes[1]);
        Assert.Equal(49 * 72 / 25.4, rule.Y, 6);
        Assert.Equal(100 * 72 / 25.4, rule.Width!.Value, 6);
        Assert.Equal((XColors.Black, 1.5), (rule.Colour, rule.Thickness));
    }

    [Fact]
    public void An_unknown_element_is_refused_where_it_stands_naming_the_flows_elements()
    {
        var e = Refused("<body/>\n  <para>同志们：</para>");

        Assert.Equal((4, 3, "<para"), (e.Line, e.Column, e.Needle));
        Assert.Contains("<p>", e.Hint);
        Assert.Contains("<new-page/>", e.Hint);
    }

    [Theory]
    [InlineData("""<p size="三十号">字</p>""", "size=\"三十号\"", "小初")]
    [InlineData("""<p size="-2pt">字</p>""", "size=\"-2pt\"", "16pt")]
    [InlineData("""<p colour="red">字</p>""", "colour=\"red\"", "#RRGGBB")]
    [InlineData("""<p colour="#E6001">字</p>""", "colour=\"#E6001\"", "#RRGGBB")]
    [InlineData("""<p font="方正">字</p>""", "font=\"方正\"", "小标宋")]
    [InlineData("""<p align="middle">字</p>""", "align=\"middle\"", "centre")]
    [InlineData("""<blank lines="0"/>""", "lines=\"0\"", "digits")]
    [InlineData("""<p weight="bold">字</p>""", " weight=", "colour")]
    [InlineData("""<chart/>""", "<chart", "id=")]
    [InlineData("""<body>正文</body>""", "<body", "<body/>")]
    [InlineData("""<foot><title>字</title></foot>""", "<title", "<p>")]
    public void A_bad_attribute_or_content_is_refused_with_what_is_allowed(string flow, string needle, string hint)
    {
        var e = Refused(flow);

        Assert.Equal(needle, e.Needle);
        Assert.Equal(3, e.Line);
        Assert.Contains(hint, e.Hint);
    }

    [Fact]
    public void Markup_that_is_not_well_formed_is_refused_where_the_reader_stopped()
    {
        var e = Refused("<title>A<B</title>");

        Assert.Equal(3, e.Line);
        Assert.Null(e.Needle);
        Assert.Contains("html.escape", e.Hint);
    }
}
