using Wengao.Model;
using Wengao.Render.Pdf.Layout;

namespace Wengao.Tests.PdfLayout;

/// <summary>
/// The markup a 公文's 版头 and closing are made of, read on small examples: a stack of lines with a word beside them,
/// text placed by its top or grid line, spans in another face, a drawing counted in lines, a rule under a line, a
/// closing for a seal or none, an imprint on an even page — and what is refused.
/// </summary>
public sealed class GongwenMarkupTests
{
    private const string Page = """<page body="三号" title="二号" chars="28" lines="22"/>""";
    private const double Mm = 72 / 25.4;

    private static LayoutDocument Read(string flow) => LayoutMarkup.Parse($"<document>\n{Page}\n{flow}\n</document>");

    private static MarkupException Refused(string flow) => Assert.Throws<MarkupException>(() => Read(flow));

    [Fact]
    public void A_stack_holds_its_lines_the_word_beside_them_and_its_fit()
    {
        var drawing = Assert.IsType<DrawingBlock>(Assert.Single(Read("""
            <drawing height="70mm"><stack top="35mm" size="初号" colour="#E60012" gap="3mm" fit="156mm" beside="文件">
            <line>中共某县委办公室</line><line>某县人民政府办公室</line></stack></drawing>
            """).Flow));
        var stack = Assert.IsType<StackShape>(Assert.Single(drawing.Shapes));
        Assert.Equal(["中共某县委办公室", "某县人民政府办公室"], stack.Lines);
        Assert.Equal("文件", stack.Beside);
        Assert.Equal(35 * Mm, stack.Top, 0.01);
        Assert.Equal(3 * Mm, stack.Gap, 0.01);
        Assert.Equal(156 * Mm, stack.Fit!.Value, 0.01);
        Assert.Equal(42, stack.Style.Size);
        Assert.Equal(FontRole.XiaoBiaoSong, stack.Style.Font); // 小标宋 unless it says (§7.2.4: 推荐使用小标宋体字)
    }

    [Fact]
    public void Text_is_placed_by_its_baseline_its_top_or_a_grid_line_and_may_hold_spans()
    {
        var drawing = Assert.IsType<DrawingBlock>(Assert.Single(Read("""
            <drawing lines="2"><text top="10mm" size="二号">甲</text><text line="2" align="right">签发人：<span font="楷体">王某</span></text></drawing>
            """).Flow));
        Assert.Equal(2, drawing.Lines);
        var top = Assert.IsType<TextShape>(drawing.Shapes[0]);
        Assert.Equal(10 * Mm + 0.88 * 22, top.Baseline, 0.01); // the em top at 10 mm
        var line = Assert.IsType<TextShape>(drawing.Shapes[1]);
        var step = (225 * Mm - 16) / 21;
        Assert.Equal(step + 16 - 16 * 0.12, line.Baseline, 0.01); // where the body's text of the second grid line stands
        Assert.Equal([new TextRun("签发人："), new TextRun("王某", FontRole.KaiTi)], line.Runs);
    }

    [Fact]
    public void A_rule_under_a_line_takes_none_and_the_closing_and_imprint_say_how()
    {
        var flow = Read("""<p>某府〔2024〕8号</p><rule under="4mm" colour="#E60012"/><closing seal="yes"/><closing seal="no"/><closing/><imprint page="even"/>""").Flow;
        Assert.Equal(4 * Mm, Assert.IsType<RuleLine>(flow[1]).Under!.Value, 0.01);
        Assert.Equal([true, false, null], flow.OfType<FromDocument>().Where(f => f.Part == DocumentPart.Closing).Select(f => f.Seal));
        Assert.True(flow.OfType<FromDocument>().Single(f => f.Part == DocumentPart.Imprint).EvenPage);
    }

    [Theory]
    [InlineData("""<drawing height="10mm"><text y="5mm" top="5mm">甲</text></drawing>""", "placed by one of y, top and line")]
    [InlineData("""<drawing height="10mm"><text>甲</text></drawing>""", "placed by one of y, top and line")]
    [InlineData("""<drawing height="10mm" lines="2"><text line="1">甲</text></drawing>""", "both height and lines")]
    [InlineData("""<drawing height="10mm"><stack top="1mm"></stack></drawing>""", "holds no <line>")]
    [InlineData("""<drawing height="10mm"><stack top="1mm"><p>甲</p></stack></drawing>""", "<p> cannot stand in <stack>")]
    [InlineData("""<p>甲<b>乙</b></p>""", "<b> cannot stand inside <p>")]
    [InlineData("""<p>甲<span font="隶书">乙</span></p>""", "no font role")]
    [InlineData("""<imprint page="odd"/>""", "odd")]
    [InlineData("""<closing seal="maybe"/>""", "maybe")]
    public void What_it_cannot_read_is_refused_saying_why(string flow, string message)
    {
        var refused = Refused(flow);
        Assert.Contains(message, refused.Message + refused.Hint, StringComparison.Ordinal);
    }
}
