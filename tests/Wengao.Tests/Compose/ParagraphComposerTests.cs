using Wengao.Model;
using Wengao.Render.Pdf.Compose;
using Wengao.Tests.Support;
using static Wengao.Tests.Compose.ComposeTestKit;

namespace Wengao.Tests.Compose;

public class ParagraphComposerTests
{
    private static string Ideographs(int count) => new('国', count);

    [Fact]
    public void HundredIdeographsBreakAt26_28_28_18()
    {
        var text = Ideographs(100);
        var lines = ComposeText(text);

        Assert.Equal([26, 28, 28, 18], LineTexts(lines).Select(l => l.Length).ToArray());
        AssertInvariants(text, lines, Body);
        for (var li = 0; li < 3; li++)
        {
            Assert.InRange(VisibleRightEdge(lines[li]), Width - Tolerance, Width + Tolerance);
            Assert.False(lines[li].EndsParagraph);
        }
        Assert.True(lines[3].EndsParagraph);
        Assert.Equal(18 * Pitch, lines[3].NaturalWidth, 6);
        Assert.Equal(18 * Pitch, VisibleRightEdge(lines[3]), 6);

        // Full lines of ideographs sit exactly on the grid.
        for (var i = 0; i < 26; i++)
        {
            Assert.Equal(2 * Pitch + i * Pitch, lines[0].Items[i].X, 6);
            Assert.Equal(Pitch, lines[0].Items[i].Width, 9);
        }
        for (var i = 0; i < 28; i++) Assert.Equal(i * Pitch, lines[1].Items[i].X, 6);
    }

    [Fact]
    public void FullStopAtColumn29PushesACharacterWhenNothingCanBeSqueezed()
    {
        // First line: 2 indent + 26 ideographs fill it; the 。 would be at column 29.
        var text = Ideographs(26) + "。" + Ideographs(10);
        var lines = ComposeText(text);
        var texts = LineTexts(lines);

        Assert.Equal(Ideographs(25), texts[0]);
        Assert.StartsWith("国。", texts[1]);
        AssertInvariants(text, lines, Body);
        // The pushed line is stretched back to the full width.
        Assert.InRange(VisibleRightEdge(lines[0]), Width - Tolerance, Width + Tolerance);
    }

    [Fact]
    public void FullStopAtColumn29IsSqueezedInWhenTheLineHasAnotherMark()
    {
        // 12 + ， + 13 = 26 columns after the indent, then 。 at column 29: the 。 and the ， each go to half width.
        var text = Ideographs(12) + "，" + Ideographs(13) + "。" + Ideographs(10);
        var lines = ComposeText(text);
        var texts = LineTexts(lines);

        Assert.Equal(Ideographs(12) + "，" + Ideographs(13) + "。", texts[0]);
        var items = lines[0].Items;
        var comma = items.Single(i => i.Text == "，");
        var stop = items.Single(i => i.Text == "。");
        Assert.Equal(Pitch / 2, comma.Width, 6);
        Assert.Equal(Pitch / 2, stop.Width, 6);
        Assert.Equal(0, stop.InkOffset);
        Assert.Equal(Width, stop.X + stop.Width, 2);
        AssertInvariants(text, lines, Body);
    }

    [Fact]
    public void AsciiCommaAtColumn29IsNeverAtALineStart()
    {
        // The seed writes ASCII punctuation in Chinese text.
        for (var k = 20; k <= 30; k++)
        {
            var text = Ideographs(k) + "," + Ideographs(40) + ":" + Ideographs(5);
            var lines = ComposeText(text);
            AssertInvariants(text, lines, Body);
        }
    }

    [Fact]
    public void ClosingPairCompressesEverywhereInTheLine()
    {
        var spec = Body with { Align = LineAlign.Left, FirstLineIndent = 0 };
        var text = "他说：“好。”然后（《文件》）、走";
        var lines = ComposeText(text, spec);
        Assert.Single(lines);
        var items = lines[0].Items;
        PlacedText Item(string t, int nth = 0) => items.Where(i => i.Text == t).ElementAt(nth);

        Assert.Equal(Pitch / 2, Item("：").Width, 6);   // ：“ → ： loses its right half
        Assert.Equal(Pitch, Item("“").Width, 6);
        Assert.Equal(Pitch / 2, Item("。").Width, 6);   // 。” → 。 loses its right half
        Assert.Equal(Pitch, Item("”").Width, 6);
        Assert.Equal(Pitch, Item("（").Width, 6);        // （《 → 《 loses its left half
        Assert.Equal(Pitch / 2, Item("《").Width, 6);
        Assert.Equal(-Pitch / 2, Item("《").InkOffset, 6);
        Assert.Equal(Pitch / 2, Item("》").Width, 6);   // 》） → 》 half
        Assert.Equal(Pitch / 2, Item("）").Width, 6);   // ）、 → ） half
        Assert.Equal(Pitch, Item("、").Width, 6);
        Assert.Equal(0, Item("、").InkOffset);

        // 17 grid cells minus five half-em compressions.
        Assert.Equal(17 * Pitch - 5 * Pitch / 2, lines[0].NaturalWidth, 6);
        AssertInvariants(text, lines, spec);
    }

    [Fact]
    public void CompressedPairsCountWhenFittingALine()
    {
        // 20 + 1.5 (。”) + 1 + 1.5 (）、) + 2 = 26 columns: exactly the first line, only if the pairs are compressed.
        var text = Ideographs(20) + "。”国）、国国" + Ideographs(10);
        var lines = ComposeText(text);
        Assert.Equal(Ideographs(20) + "。”国）、国国", LineText(lines[0]));
        Assert.Equal(26 * Pitch, lines[0].NaturalWidth, 6);
        AssertInvariants(text, lines, Body);
    }

    [Fact]
    public void OpeningMarkNeverEndsALine()
    {
        for (var k = 20; k <= 30; k++)
        {
            foreach (var open in new[] { "“", "《", "（", "(" })
            {
                var text = Ideographs(k) + open + "文件" + Ideographs(40);
                var lines = ComposeText(text);
                AssertInvariants(text, lines, Body);
            }
        }
        // Exactly at the last column: the mark moves to the next line with the following character.
        var exact = Ideographs(25) + "“文件”" + Ideographs(30);
        var texts = LineTexts(ComposeText(exact));
        Assert.Equal(Ideographs(25), texts[0]);
        Assert.StartsWith("“文", texts[1]);
    }

    [Fact]
    public void ClosingMarksNeverStartALineInASweep()
    {
        foreach (var marks in new[] { "。", "，", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "〉", "”", "’", "％", "。”", "）、", "”，", "？！", ".", ";", "!", ")", "%" })
        {
            for (var k = 20; k <= 60; k++)
            {
                var text = Ideographs(k) + marks + Ideographs(40);
                AssertInvariants(text, ComposeText(text), Body);
                var withComma = Ideographs(5) + "，" + Ideographs(k) + marks + Ideographs(40);
                AssertInvariants(withComma, ComposeText(withComma), Body);
            }
        }
    }

    [Theory]
    [InlineData("5388万元")]
    [InlineData("1.3亿元")]
    [InlineData("41%")]
    [InlineData("500多万元")]
    [InlineData("2008年")]
    [InlineData("10,000元")]
    [InlineData("1万亩")]
    [InlineData("20分钟")]
    [InlineData("5户")]
    [InlineData("5吨")]
    [InlineData("3台")]
    [InlineData("12辆")]
    [InlineData("8项")]
    [InlineData("3000人次")]
    [InlineData("20几个亿")]
    [InlineData("8个多月")]
    [InlineData("xxx")]
    [InlineData("——")]
    [InlineData("……")]
    [InlineData("\"133\"")]
    public void UnbreakableClusterIsNeverSplit(string cluster)
    {
        for (var k = 0; k <= 30; k++)
        {
            foreach (var prefix in new[] { Ideographs(k), Ideographs(28 + k) })
            {
                var text = prefix + cluster + Ideographs(40);
                var lines = ComposeText(text);
                AssertInvariants(text, lines, Body);
                Assert.Equal(LineOf(lines, prefix.Length), LineOf(lines, prefix.Length + cluster.Length - 1));
            }
        }
    }

    [Fact]
    public void DatesBreakOnlyBetweenMonthAndDay()
    {
        var sawBreakBetween = false;
        for (var k = 0; k <= 60; k++)
        {
            var text = Ideographs(k) + "10月27日" + Ideographs(40);
            var lines = ComposeText(text);
            AssertInvariants(text, lines, Body);
            Assert.Equal(LineOf(lines, k), LineOf(lines, k + 2));         // 10月
            Assert.Equal(LineOf(lines, k + 3), LineOf(lines, k + 5));     // 27日
            if (LineOf(lines, k + 2) != LineOf(lines, k + 3)) sawBreakBetween = true;
        }
        Assert.True(sawBreakBetween);
    }

    [Fact]
    public void NumberIsOneItemAndUnitsAreCjkItems()
    {
        var spec = Body with { Align = LineAlign.Left, FirstLineIndent = 0 };
        var lines = ComposeText("已到位5388万元，占比达41%。", spec);
        var items = lines[0].Items.Select(i => i.Text).ToArray();
        Assert.Equal(["已", "到", "位", "5388", "万", "元", "，", "占", "比", "达", "41", "%", "。"], items);
        var number = lines[0].Items[3];
        Assert.Equal(4 * 0.5 * FontSize, number.Width, 6);
        // No extra space between CJK and the number.
        Assert.Equal(lines[0].Items[2].X + Pitch, number.X, 6);
        Assert.Equal(number.X + number.Width, lines[0].Items[4].X, 6);
    }

    [Fact]
    public void JustificationNeverStretchesInsideANumberOrWord()
    {
        var text = Ideographs(10) + "1.3亿元" + Ideographs(10) + "xxx" + Ideographs(5) + "41%" + Ideographs(60);
        var lines = ComposeText(text);
        AssertInvariants(text, lines, Body);
        var first = lines[0].Items;
        // The line is stretched (a cluster was pushed or is natural) but % stays glued to 41.
        foreach (var line in lines)
        {
            for (var i = 1; i < line.Items.Count; i++)
            {
                var prev = line.Items[i - 1];
                var cur = line.Items[i];
                if (prev.Text == "41" && cur.Text == "%") Assert.Equal(prev.X + prev.Width, cur.X, 9);
            }
        }
        Assert.Contains(first, i => i.Text == "1.3");
    }

    [Fact]
    public void StraightQuotesAlternateOpenAndClose()
    {
        for (var k = 0; k <= 60; k++)
        {
            var text = Ideographs(k) + "一是\"三个\"非常感谢。并提出\"xxx所需、xxx所能\"帮扶原则" + Ideographs(30);
            AssertInvariants(text, ComposeText(text), Body);
        }
        // An opening quote that would be the line's last character goes down with its word.
        var exact = Ideographs(25) + "\"三个\"" + Ideographs(30);
        var texts = LineTexts(ComposeText(exact));
        Assert.Equal(Ideographs(25), texts[0]);
        Assert.StartsWith("\"三", texts[1]);
    }

    [Fact]
    public void RunsWithDifferentRolesShareALineAndBreakRulesCrossThem()
    {
        var heading = new StyledRun("一是非常感谢。", FontRole.HeiTi);
        var body = new StyledRun(Ideographs(19) + "。" + Ideographs(40), FontRole.FangSong);
        // Heading 7 + body 19 = 26 columns; the body's 。 lands at column 29 of the first line.
        var lines = ParagraphComposer.Compose([heading, body], Body, FakeAdvance);
        var text = heading.Text + body.Text;
        AssertInvariants(text, lines, Body);
        Assert.Equal(FontRole.HeiTi, lines[0].Items[0].Role);
        Assert.Equal(FontRole.HeiTi, lines[0].Items[6].Role);
        Assert.Equal(FontRole.FangSong, lines[0].Items[7].Role);
        // The heading's 。 is on the line: squeezed in together with the body's 。.
        Assert.Equal(Ideographs(19) + "。", LineText(lines[0])[7..]);
    }

    [Fact]
    public void RunBoundaryInsideANumberKeepsItTogether()
    {
        for (var k = 20; k <= 30; k++)
        {
            var runs = new[] { new StyledRun(Ideographs(k) + "53", FontRole.HeiTi), new StyledRun("88万元" + Ideographs(40), FontRole.FangSong) };
            var lines = ParagraphComposer.Compose(runs, Body, FakeAdvance);
            var text = runs[0].Text + runs[1].Text;
            AssertInvariants(text, lines, Body);
            Assert.Equal(LineOf(lines, k), LineOf(lines, k + 5));
        }
    }

    [Fact]
    public void LatinWordsKeepSpacesAndNeverSplit()
    {
        var spec = Body with { Align = LineAlign.Left };
        var text = string.Join(' ', Enumerable.Repeat("alpha beta gamma delta", 12)) + "\nend";
        var lines = ComposeText(text, spec);
        AssertInvariants(text, lines, spec);
        Assert.True(lines.Count > 1);
        foreach (var line in lines)
        {
            foreach (var item in line.Items)
            {
                if (item.IsWhiteSpace) continue;
                Assert.Contains(item.Text, new[] { "alpha", "beta", "gamma", "delta", "end" });
            }
            // Spaces at a line end take no room.
            if (line.Items[^1].IsWhiteSpace) Assert.Equal(0, line.Items[^1].Width);
        }
    }

    [Fact]
    public void JustifiedLatinLineStretchesItsSpaces()
    {
        var text = string.Join(' ', Enumerable.Repeat("alpha beta gamma delta", 12));
        var lines = ComposeText(text);
        AssertInvariants(text, lines, Body);
    }

    [Fact]
    public void WordWiderThanTheLineIsBrokenByCharacter()
    {
        var spec = Body with { Align = LineAlign.Left };
        var text = "国" + new string('a', 100) + "国";
        var lines = ComposeText(text, spec);
        AssertInvariants(text, lines, spec);
        Assert.True(lines.Count >= 2);
    }

    [Fact]
    public void CenteredTitleIsCentered()
    {
        var spec = new LineSpec(Width, 22, Width / 20, 0, LineAlign.Center);
        var text = "在xxx赴xxx帮扶工作队慰问座谈会上的发言";
        var lines = ComposeText(text, spec);
        AssertInvariants(text, lines, spec);
        foreach (var line in lines)
        {
            var left = line.Items[0].X;
            Assert.Equal(Width - VisibleRightEdge(line), left, 6);
        }
    }

    [Fact]
    public void EmptyParagraphHasNoLines()
    {
        Assert.Empty(ComposeText(""));
        Assert.Empty(ParagraphComposer.Compose([], Body, FakeAdvance));
    }

    [Fact]
    public void SeedSpeechParagraphsKeepTheirTextAndFit()
    {
        var paragraphs = Seed.Paragraphs;
        Assert.True(paragraphs.Count >= 15, $"only {paragraphs.Count} paragraphs found");
        foreach (var paragraph in paragraphs)
        {
            var lines = ComposeText(paragraph);
            AssertInvariants(paragraph, lines, Body);
            foreach (var line in lines) Assert.True(RightEdge(line) <= Width + Tolerance);
        }
    }

    [Fact]
    public void SeedSpeechParagraphsAsRunInHeadingAndBody()
    {
        // Split each paragraph after its first 。 (a run-in heading in 黑体) — the layout must not depend on runs.
        foreach (var paragraph in Seed.Paragraphs)
        {
            var cut = paragraph.IndexOf('。');
            if (cut < 0) continue;
            var runs = new[] { new StyledRun(paragraph[..(cut + 1)], FontRole.HeiTi), new StyledRun(paragraph[(cut + 1)..], FontRole.FangSong) };
            var split = ParagraphComposer.Compose(runs, Body, FakeAdvance);
            var whole = ComposeText(paragraph);
            AssertInvariants(paragraph, split, Body);
            Assert.Equal(LineTexts(whole), LineTexts(split));
        }
    }
}
