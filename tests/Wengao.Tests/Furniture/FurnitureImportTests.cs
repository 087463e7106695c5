using Wengao.Tests.Support;

namespace Wengao.Tests.Furniture;

/// <summary>
/// `wengao import` of a 通知 with its furniture: the 发文字号, signature, date, 附注 and the 附件说明's titles are read into
/// the front matter exactly, the attachments' contents into `::: 附件` blocks, each kind counted in the report, and no
/// character of the text is lost.
/// </summary>
public sealed class FurnitureImportTests(FurnitureKit kit) : IClassFixture<FurnitureKit>
{
    [Fact]
    public void Each_element_is_read_into_the_front_matter_exactly()
    {
        Assert.True(kit.Exit == 0, kit.Err);
        var source = kit.Source;
        Assert.Contains("\nnumber: \"x政办发〔2024〕18号\"  # 发文字号\n", source);
        Assert.Contains("\nsalutation: \"各乡镇人民政府，县政府各部门，各有关单位：\"\n", source);
        Assert.Contains("\nsignature:  # 发文机关署名\n  - \"某县人民政府办公室\"\n", source);
        Assert.Contains("\nsigned: 2024-04-08  # 成文日期：2024年4月8日\n", source);
        Assert.Contains("\nattachments:  # 附件说明\n  - \"某县2024年防汛抗旱应急演练工作方案\"\n  - \"某县2024年防汛抗旱应急演练参演单位职责分工及各乡镇联络员名单\"\n", source);
        Assert.Contains("\nnote: \"（此件公开发布）\"  # 附注\n", source);
        Assert.Contains("title: \"某县人民政府办公室关于印发\\n某县2024年防汛抗旱应急演练\\n工作方案的通知\"", source);
    }

    [Fact]
    public void The_signing_date_dates_the_source_when_no_date_was_given()
    {
        Assert.Contains("\ndate: 2024-04-08  # 成文日期\n", kit.Source);
    }

    [Fact]
    public void The_attachments_contents_are_blocks_after_the_body_without_their_label_or_title()
    {
        var body = kit.Source[(kit.Source.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        Assert.Equal(2, body.Split('\n').Count(l => l == "::: 附件"));
        Assert.Equal(2, body.Split('\n').Count(l => l == ":::"));
        Assert.DoesNotContain("附件1", body);
        Assert.DoesNotContain("某县人民政府办公室\n", body);
        Assert.DoesNotContain("附件：", body);
        var first = body.IndexOf("::: 附件", StringComparison.Ordinal);
        Assert.True(body.IndexOf("## 三、强化工作保障", StringComparison.Ordinal) < first);
        Assert.StartsWith("::: 附件\n\n为进一步完善防汛抗旱应急机制", body[first..]);
        Assert.Contains("::: 附件\n\n1. 县防汛抗旱指挥部办公室：", body); // a numbered list, as import writes one
    }

    [Fact]
    public void The_report_counts_each_kind_of_element()
    {
        Assert.Contains("  furniture:   发文字号 1, 附件说明 2, 发文机关署名 1, 成文日期 1, 附注 1, 附件 2, 版记 0 (moved into the front matter)", kit.Out);
        Assert.Contains("    number:      x政办发〔2024〕18号  (line 8)", kit.Out);
        Assert.Contains("    attachment 2: 某县2024年防汛抗旱应急演练参演单位职责分工及各乡镇联络员名单  (line 20)", kit.Out);
        Assert.Contains("    signature:   某县人民政府办公室  (line 21)", kit.Out);
        Assert.Contains("    signed:      2024年4月8日  (line 22)", kit.Out);
        Assert.Contains("    note:        （此件公开发布）  (line 23)", kit.Out);
        Assert.Contains("    附件1 content: 9 paragraphs  (line 24)", kit.Out);
        Assert.Contains("    附件2 content: 5 paragraphs  (line 35)", kit.Out);
    }

    [Fact]
    public void Every_character_of_the_text_is_kept_and_only_the_clutter_dropped()
    {
        var dropped = kit.Out.Split('\n').Where(l => l.StartsWith("    line ", StringComparison.Ordinal))
            .Select(l => int.Parse(l["    line ".Length..l.IndexOf(':')])).ToArray();
        Assert.Equal([1, 2, 3, 4, 42, 43, 44, 45], dropped);

        // The source with its markup taken off: backslash escapes, emphasis, heading marks, quotes and line breaks.
        var kept = string.Concat(kit.Source.Replace("\\n", "").Where(c => c is not ('\\' or '*' or '#' or '"') && !char.IsWhiteSpace(c)));
        var lines = File.ReadAllLines(FurnitureKit.Draft);
        for (var n = 5; n <= 41; n++)
        {
            // What the layout writes itself: "附件：" and the numbers of the 附件说明, the "附件N" lines (GB/T 9704 §7.3.4, §8).
            var text = lines[n - 1] switch
            {
                var l when l.StartsWith("附件：1.", StringComparison.Ordinal) => l["附件：1.".Length..],
                "附件1" or "附件2" => "",
                var l when n == 20 => l[2..], // 2.某县…名单, the second name of the 附件说明
                var l => l,
            };
            Assert.True(kept.Contains(Seed.Normalise(text), StringComparison.Ordinal), $"line {n} lost: {lines[n - 1]}");
        }
    }
}
