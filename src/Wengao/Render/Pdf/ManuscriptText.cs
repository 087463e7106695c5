using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Pdf.Compose;

namespace Wengao.Render.Pdf;

/// <summary>A block of the manuscript body as the typesetter sees it: styled runs and whether it is a heading.</summary>
internal sealed record ManuscriptBlock(IReadOnlyList<StyledRun> Runs, bool IsHeading);

/// <summary>Reads the Markdown tree into styled runs: run-in headings and bold in 黑体, level-2 run-ins and emphasis in 楷体.</summary>
internal static class ManuscriptText
{
    public static IEnumerable<ManuscriptBlock> Blocks(MarkdownDocument document)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            var runs = new List<StyledRun>();
            var role = leaf is HeadingBlock ? FontRole.HeiTi : FontRole.FangSong;
            Collect(leaf.Inline.FirstChild, role, runs);
            if (runs.Count > 0) yield return new ManuscriptBlock(runs, leaf is HeadingBlock);
        }
    }

    private static void Collect(Inline? inline, FontRole role, List<StyledRun> runs)
    {
        for (; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: Add(runs, literal.Content.ToString(), role); break;
                case CodeInline code: Add(runs, code.Content, role); break;
                case LineBreakInline: break; // Chinese lines join without a space
                case EmphasisInline emphasis:
                    Collect(emphasis.FirstChild, emphasis.DelimiterCount >= 2 ? FontRole.HeiTi : FontRole.KaiTi, runs);
                    break;
                case ContainerInline container: Collect(container.FirstChild, role, runs); break;
            }
        }
    }

    // Adjacent literals of one style are one run, so breaking rules see the whole text.
    private static void Add(List<StyledRun> runs, string text, FontRole role)
    {
        if (text.Length == 0) return;
        if (runs.Count > 0 && runs[^1].Role == role) runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else runs.Add(new StyledRun(text, role));
    }
}
