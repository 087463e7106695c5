using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Colors;
using Wengao.Tests.Support;

namespace Wengao.Tests.GongwenPdf;

/// <summary>
/// The sample 公文 measured from their PDFs in millimetres, element by element, against GB/T 9704-2012 (docs/gbt9704.md
/// gives each figure with its clause). PDF coordinates run up from the page's foot: the type area spans 35–260 mm.
/// </summary>
public sealed class GongwenGeometryTests(GongwenPdfKit kit) : IClassFixture<GongwenPdfKit>
{
    private const double Mm = PdfText.Mm;
    private const double Tolerance = 0.5 * Mm;

    /// <summary>§5.2: the type area, 156 × 225 mm at 28 mm from the left, its top 37 mm below the page's (260 mm up).</summary>
    private const double Left = 28 * Mm, Right = (28 + 156) * Mm, Top = 260 * Mm, Bottom = 35 * Mm, Width = 156 * Mm;

    /// <summary>One character of the 3号 body on the 28-a-line grid: 156/28 mm.</summary>
    private const double Character = 156.0 / 28 * Mm;

    /// <summary>One grid line: 22 lines filling 225 mm, the last one's 16 pt inside it.</summary>
    private const double LineStep = (225 * Mm - 16) / 21;

    /// <summary>The first grid line's baseline for 3号 text.</summary>
    private const double FirstBaseline = Top - 0.88 * 16;

    private static PdfLine Line(IReadOnlyList<PdfLine> lines, string text) => lines.Single(l => l.Text == text);
    private static double Start(PdfLine line) => line.Letters[0].StartBaseLine.X;
    private static double End(PdfLine line) => line.Letters[^1].EndBaseLine.X;

    /// <summary>GB/T 9704 §7.2.4's red as CMYK from the PDF's RGB: at least Y80% M80%.</summary>
    private static bool IsStandardRed(IColor colour)
    {
        var (r, g, b) = colour.ToRGBValues();
        var k = 1 - Math.Max(r, Math.Max(g, b));
        if (k >= 1) return false;
        var (m, y) = ((1 - g - k) / (1 - k), (1 - b - k) / (1 - k));
        return m >= 0.8 && y >= 0.8;
    }

    private static List<UglyToad.PdfPig.Content.Letter> RedLetters(string pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(page).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.Color is { } c && IsStandardRed(c))];
    }

    /// <summary>The horizontal stroked rules of a page: left, right, y, thickness and whether red.</summary>
    private static List<(double Left, double Right, double Y, double Thickness, bool Red)> Rules(string pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(page).Paths.Where(p => p.IsStroked && p.GetBoundingRectangle() is { Height: < 0.01 })
            .Select(p => (p.GetBoundingRectangle()!.Value.Left, p.GetBoundingRectangle()!.Value.Right, p.GetBoundingRectangle()!.Value.Bottom, p.LineWidth,
                p.StrokeColor is { } c && IsStandardRed(c)))];
    }

    [Theory]
    [InlineData("report", "中共xxx县委员会文件")]
    [InlineData("notice", "中共xxx县委办公室文件xxx县人民政府办公室")]
    public void The_mark_is_red_centred_and_its_top_35_mm_below_the_type_area(string which, string mark)
    {
        var pdf = which == "report" ? kit.Report : kit.Notice;
        var red = RedLetters(pdf, 1);
        Assert.Equal(mark, string.Concat(red.OrderByDescending(l => Math.Round(l.StartBaseLine.Y)).ThenBy(l => l.StartBaseLine.X).Select(l => l.Value)));
        var top = red.Max(l => l.BoundingBox.Top);
        Assert.Equal(Top - 35 * Mm, top, 1 * Mm); // §7.2.4: 上边缘至版心上边缘为35mm
        var (left, right) = (red.Min(l => l.BoundingBox.Left), red.Max(l => l.BoundingBox.Right));
        Assert.Equal((Left + Right) / 2, (left + right) / 2, 1 * Mm); // 居中排布
        Assert.True(right - left <= Width + 0.1, $"the mark is {(right - left) / Mm:F1} mm wide");
    }

    [Fact]
    public void Joint_issuers_stand_one_a_line_the_lead_first_with_the_word_beside_them_centred_on_both()
    {
        var red = RedLetters(kit.Notice, 1);
        var rows = red.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).ToList();
        var names = rows.Where(r => r.Count() > 2).Select(r => string.Concat(r.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))).ToList();
        Assert.Equal(["中共xxx县委办公室", "xxx县人民政府办公室"], names);
        var word = rows.Single(r => r.Count() == 2).OrderBy(l => l.StartBaseLine.X).ToList();
        Assert.Equal("文件", word[0].Value + word[1].Value);
        var namesRight = red.Where(l => !word.Contains(l)).Max(l => l.BoundingBox.Right);
        Assert.True(word[0].BoundingBox.Left > namesRight, "文件 stands to the right of the issuers");
        var (high, low) = (rows[0].Max(l => l.BoundingBox.Top), rows[^1].Min(l => l.BoundingBox.Bottom));
        var middle = (word.Max(l => l.BoundingBox.Top) + word.Min(l => l.BoundingBox.Bottom)) / 2;
        Assert.Equal((high + low) / 2, middle, 1.5 * Mm); // 以联署发文机关名称为准上下居中排布
    }

    [Fact]
    public void The_number_is_centred_two_lines_under_the_mark_and_the_red_rule_4_mm_under_it_as_wide_as_the_type_area()
    {
        var lines = PdfText.Lines(kit.Notice);
        var number = Line(lines, "x委办〔2022〕45号");
        Assert.Equal(1, number.Page);
        Assert.Equal((Left + Right) / 2, (Start(number) + End(number)) / 2, Tolerance);
        var markFoot = RedLetters(kit.Notice, 1).Where(l => l.PointSize > 20).Min(l => l.BoundingBox.Bottom);
        var numberTop = number.Letters.Max(l => l.BoundingBox.Top);
        var gap = markFoot - numberTop; // 编排在发文机关标志下空二行位置: two empty grid lines between
        Assert.InRange(gap, 2 * LineStep - 16, 3 * LineStep);
        var rule = Assert.Single(Rules(kit.Notice, 1), r => r.Red);
        Assert.Equal(Width, rule.Right - rule.Left, Tolerance);
        Assert.Equal(Left, rule.Left, Tolerance);
        var numberFoot = number.Letters.Where(l => l.Value == "号").Min(l => l.BoundingBox.Bottom);
        Assert.Equal(4 * Mm, numberFoot - rule.Y, 0.7 * Mm); // §7.2.7: 发文字号之下4mm处
    }

    [Fact]
    public void An_upward_document_sets_the_number_at_the_left_and_the_signer_at_the_right_on_one_line()
    {
        var lines = PdfText.Lines(kit.Report);
        var line = lines.Single(l => l.Page == 1 && l.Text.StartsWith("x委〔2022〕31号", StringComparison.Ordinal));
        Assert.Equal("x委〔2022〕31号签发人：王志刚", line.Text);
        Assert.Equal(Left + 16, Start(line), Tolerance); // 居左空一字
        Assert.Equal(Right - 16, End(line), Tolerance); // 居右空一字
        var fonts = line.Letters.Select(l => (l.Value, l.FontName)).ToList();
        var signer = fonts.Single(f => f.Value == "签").FontName;
        var name = fonts.Single(f => f.Value == "王").FontName;
        Assert.NotEqual(signer, name); // "签发人" 3号仿宋, the name 3号楷体 (§7.2.6)
        var kaiti = lines.First(l => l.Text.StartsWith("（一）", StringComparison.Ordinal)).Letters[1].FontName; // level 2 in 楷体
        Assert.Equal(kaiti, name);
        Assert.All(line.Letters, l => Assert.Equal(16, l.PointSize, 0.1));
        var rule = Assert.Single(Rules(kit.Report, 1), r => r.Red);
        Assert.Equal(4 * Mm, line.Letters.Where(l => l.Value == "号").Min(l => l.BoundingBox.Bottom) - rule.Y, 0.7 * Mm);
    }

    [Fact]
    public void The_title_stands_two_lines_under_the_rule_and_the_addressee_one_line_under_the_title_flush_left()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.Notice));
        var title = Line(lines, "关于召开xxx赴xxx帮扶");
        Assert.Equal(22, title.Letters[0].PointSize, 0.1);
        var number = Line(lines, "x委办〔2022〕45号");
        Assert.Equal(3 * LineStep, number.Baseline - title.Baseline, 1.0); // 红色分隔线下空二行
        var second = Line(lines, "工作队慰问座谈会的通知");
        var to = lines.First(l => l.Baseline < second.Baseline);
        Assert.StartsWith("县委组织部，", to.Text, StringComparison.Ordinal);
        Assert.Equal(Left, Start(to), Tolerance);
        Assert.Equal(2 * LineStep, second.Baseline - to.Baseline, 1.0); // 标题下空一行
        var end = lines.First(l => l.Text.EndsWith("：", StringComparison.Ordinal));
        Assert.Equal(Left, Start(lines[lines.ToList().IndexOf(end)]), 30 * Mm); // 回行时仍顶格: the addressee's lines
    }

    [Fact]
    public void The_stack_at_the_top_left_is_the_copy_number_then_the_secrecy_then_the_urgency_in_3hao_heiti()
    {
        var request = PdfText.Lines(kit.Request);
        var secrecy = Line(request, "秘密★1年");
        var urgency = Line(request, "特急");
        Assert.Equal(FirstBaseline, secrecy.Baseline, Tolerance);
        Assert.Equal(FirstBaseline - LineStep, urgency.Baseline, Tolerance);
        Assert.Equal(Left, secrecy.Left, Tolerance);
        Assert.Equal(Left, urgency.Left, Tolerance);
        var heiti = request.First(l => l.Text.StartsWith("一、", StringComparison.Ordinal)).Letters[0].FontName;
        Assert.All(secrecy.Letters.Concat(urgency.Letters).Where(l => l.Value != "★" && !char.IsAsciiDigit(l.Value[0])),
            l => Assert.Equal(heiti, l.FontName));
        Assert.All(secrecy.Letters, l => Assert.Equal(16, l.PointSize, 0.1));

        var copy = PdfText.Lines(kit.ReportCopy(2));
        var number = copy.First(l => l.Page == 1);
        Assert.Equal("000002", number.Text); // §7.2.1: 6位3号阿拉伯数字，顶格编排在版心左上角第一行
        Assert.Equal(FirstBaseline, number.Baseline, Tolerance);
        Assert.Equal(Left, number.Left, Tolerance);
    }

    [Fact]
    public void A_sealed_signature_leaves_the_seal_room_and_ends_its_date_four_characters_in_with_the_issuer_centred_over_it()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.Report));
        var date = Line(lines, "2022年7月20日");
        var issuer = lines.Single(l => l.Page == date.Page && l.Text == "中共xxx县委员会");
        Assert.Equal(Right - 4 * Character, End(date), Tolerance); // §7.3.5.1: 成文日期一般右空四字
        Assert.Equal((Start(date) + End(date)) / 2, (Start(issuer) + End(issuer)) / 2, Tolerance); // 以成文日期为准居中编排发文机关署名
        Assert.Equal(LineStep, issuer.Baseline - date.Baseline, 0.5);
        var above = lines.Last(l => l.Page == issuer.Page && l.Baseline > issuer.Baseline + 1);
        Assert.StartsWith("附件：", above.Text, StringComparison.Ordinal);
        // The seal (about 42 mm) has its top within one line of the 附件说明 and presses issuer and date below its centre.
        Assert.Equal(3 * LineStep, above.Baseline - issuer.Baseline, 0.5);
    }

    [Fact]
    public void An_unsealed_joint_signature_ends_two_characters_in_with_the_date_two_characters_right_of_the_issuers()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.Notice));
        var date = Line(lines, "2022年6月24日");
        var lead = lines.Single(l => l.Page == date.Page && l.Text == "中共xxx县委办公室");
        var second = lines.Single(l => l.Page == date.Page && l.Text == "xxx县人民政府办公室");
        Assert.True(lead.Baseline > second.Baseline && second.Baseline > date.Baseline, "the lead issuer first, then the other, then the date");
        Assert.Equal(LineStep, lead.Baseline - second.Baseline, 0.5);
        Assert.Equal(LineStep, second.Baseline - date.Baseline, 0.5);
        Assert.Equal(Start(lead), Start(second), Tolerance);
        Assert.Equal(Start(lead) + 2 * Character, Start(date), Tolerance); // §7.3.5.2: 首字比发文机关署名首字右移二字
        var rightmost = Math.Max(Math.Max(End(lead), End(second)), End(date));
        Assert.Equal(Right - 2 * Character, rightmost, Tolerance); // 右空二字 (the date where it is the longer)
        var above = lines.Last(l => l.Page == lead.Page && l.Baseline > lead.Baseline + 1);
        Assert.Equal(2 * LineStep, above.Baseline - lead.Baseline, 0.5); // 在正文（或附件说明）下空一行
        var note = lines.First(l => l.Baseline < date.Baseline && l.Page == date.Page);
        Assert.StartsWith("（联系人：", note.Text, StringComparison.Ordinal); // §7.3.6: 成文日期下一行
        Assert.Equal(Left + 2 * Character, Start(note), Tolerance);
    }

    [Theory]
    [InlineData("report", "抄送：xxx市人民政府办公室，中共xxx市委组织部。", "中共xxx县委办公室", "2022年7月20日印发")]
    [InlineData("notice", "抄送：县委各部委，县人大常委会办公室，县政协办公室。", "中共xxx县委办公室", "2022年6月24日印发")]
    public void The_imprint_is_at_the_foot_of_the_last_page_an_even_one_between_rules_as_wide_as_the_type_area(string which, string copies, string by, string printed)
    {
        var pdf = which == "report" ? kit.Report : kit.Notice;
        using var document = PdfDocument.Open(pdf);
        var last = document.NumberOfPages;
        Assert.Equal(0, last % 2); // §7.4: 版记 on the 封四
        var lines = PdfText.Body(PdfText.Lines(pdf)).Where(l => l.Page == last).ToList();
        var copy = Line(lines, copies);
        var line = lines.Single(l => l.Text.StartsWith(by, StringComparison.Ordinal) && l.Text.EndsWith(printed, StringComparison.Ordinal));
        Assert.Equal(Left + 14, Start(copy), Tolerance); // §7.4.2: 左右各空一字 (4号)
        Assert.Equal(Left + 14, Start(line), Tolerance); // §7.4.3: 印发机关左空一字
        Assert.Equal(Right - 14, End(line), Tolerance); // 印发日期右空一字
        Assert.All(copy.Letters.Concat(line.Letters), l => Assert.Equal(14, l.PointSize, 0.1));
        // The 版记's rules: those from just above the 抄送 line down (an attachment's table may share the page above them).
        var rules = Rules(pdf, last).Where(r => !r.Red && r.Y < copy.Baseline + LineStep).OrderByDescending(r => r.Y).ToList();
        Assert.Equal(3, rules.Count);
        Assert.All(rules, r => Assert.Equal(Width, r.Right - r.Left, Tolerance));
        Assert.Equal(0.35 * Mm, rules[0].Thickness, 0.01); // §7.4.1: first and last thick,
        Assert.Equal(0.25 * Mm, rules[1].Thickness, 0.01); // those between thin
        Assert.Equal(0.35 * Mm, rules[2].Thickness, 0.01);
        Assert.Equal(Bottom, rules[2].Y, 0.3 * Mm); // 末条分隔线与公文最后一页的版心下边缘重合
        Assert.True(rules[0].Y > copy.Baseline && copy.Baseline > rules[1].Y && rules[1].Y > line.Baseline && line.Baseline > rules[2].Y,
            "抄送 between the first two rules, 印发 between the last two");
    }

    [Fact]
    public void Every_page_is_numbered_and_the_attachment_starts_a_page_of_its_own()
    {
        var lines = PdfText.Lines(kit.Report);
        using var document = PdfDocument.Open(kit.Report);
        var folios = PdfText.Folios(lines);
        Assert.Equal(Enumerable.Range(1, document.NumberOfPages).Select(n => $"—{n}—"), folios.Select(f => f.Text));
        var body = PdfText.Body(lines);
        var label = Line(body, "附件");
        Assert.Same(label, body.First(l => l.Page == label.Page));
        Assert.Equal(Left, Start(label), Tolerance);
        Assert.Equal(FirstBaseline, label.Baseline, Tolerance);
        var title = body.SkipWhile(l => l != label).Skip(1).First();
        Assert.Equal("xxx对口帮扶xxx一年来主要数据", title.Text);
        Assert.Equal(22, title.Letters[0].PointSize, 0.1);
    }
}
