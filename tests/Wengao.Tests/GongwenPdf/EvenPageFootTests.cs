using PdfSharp.UniversalAccessibility;
using Wengao.Render.Pdf;

namespace Wengao.Tests.GongwenPdf;

/// <summary>
/// A foot that must stand on an even page (GB/T 9704 §7.4: the 版记 on the 封四): on the last page where that is even and
/// has room, else on the next even page; a blank page added before it, and that page, carry no page number (§7.5:
/// 版记页前有空白页的，空白页和版记页均不编排页码).
/// </summary>
public sealed class EvenPageFootTests
{
    private const int Lines = 22;

    private static List<RowGroup> Document(int bodyLines) =>
    [
        .. Enumerable.Range(0, bodyLines).Select(_ => new RowGroup([Text()], KeepWithNext: false, KeepWhole: true)),
        new RowGroup([Text(), Text(), Text()], KeepWithNext: false, KeepWhole: true, AtFoot: true, EvenPage: true),
    ];

    private static Row Text() => new([new Wengao.Render.Pdf.Compose.PlacedText("文", Wengao.Model.FontRole.FangSong, false, 0, 16)], 16, [], Tag: PdfBlockLevelElementTag.Paragraph);

    [Theory]
    [InlineData(30, 2, new int[0])]      // the text ends on page 2 with room: the foot at its foot
    [InlineData(10, 2, new int[0])]      // the text ends on page 1: the foot on page 2, no blank page before it
    [InlineData(44, 4, new[] { 3, 4 })]  // the text fills page 2: page 3 left blank, the foot on page 4, neither numbered
    [InlineData(62, 4, new int[0])]      // the text ends on page 3: the foot on page 4
    public void The_foot_stands_at_the_foot_of_an_even_page(int bodyLines, int footPage, int[] unnumbered)
    {
        var pages = Paginator.Paginate(Document(bodyLines), Lines, out var none);
        Assert.Equal(footPage, pages.Count);
        Assert.All(pages[^1][(Lines - 3)..], slot => Assert.NotNull(slot));
        Assert.Equal(unnumbered, none.Order());
        if (unnumbered.Length > 0) Assert.All(pages[unnumbered[0] - 1], slot => Assert.Null(slot));
    }
}
