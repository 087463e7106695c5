using System.Globalization;
using Markdig.Syntax;
using Wengao.Render.Pdf.Compose;

namespace Wengao.Render.Pdf;

/// <summary>
/// A Markdown list as body blocks: each item's first paragraph opens with its number as the page shows it
/// (3. where the list starts at 3), so 1.某县人民医院 … 130.某镇卫生院 keep their numbers in the PDF; an unordered item
/// opens with a bullet, as the page shows one; a nested list steps in.
/// </summary>
internal static class ListItems
{
    /// <summary>A nested list steps in two characters, as far as a paragraph's first line does (GB/T 9704 §7.3).</summary>
    private const int NestedInset = 2;

    /// <summary>An unordered item's mark: ● is in GB 2312 (so in every CJK face) and sits on the character grid.</summary>
    private const string Bullet = "●";

    /// <param name="inset">the inset of the block holding the list</param>
    /// <param name="blocks">reads an item's blocks at an inset</param>
    public static IEnumerable<BodyBlock> Of(ListBlock list, int inset, Func<ContainerBlock, int, IEnumerable<BodyBlock>> blocks)
    {
        var at = list.Parent is ListItemBlock ? inset + NestedInset : inset;
        var number = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var block in blocks(item, at))
            {
                if (first && block.Table is null && block.Runs.Count > 0)
                {
                    var marker = list.IsOrdered ? string.Create(CultureInfo.InvariantCulture, $"{number}{list.OrderedDelimiter}") : Bullet;
                    yield return block with { Runs = [block.Runs[0] with { Text = marker, Link = null, Mark = RunMark.None, RunIn = 0 }, .. block.Runs], Item = at / NestedInset + 1 };
                }
                else yield return block;
                first = false;
            }
            number++;
        }
    }
}
