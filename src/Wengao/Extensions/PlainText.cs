using Markdig.Syntax.Inlines;
using System.Text;

namespace Wengao.Extensions;

/// <summary>
/// Markdown text as a reader sees it, below the pipeline that assembles the extensions (Wengao.Parse), so that an
/// extension (a table's empty header cell) reads it as the page, the PDF and the search index do.
/// </summary>
public static class PlainText
{
    /// <summary>The text of an inline tree as a reader sees it: markup removed, soft breaks joined (Chinese lines join without a space).</summary>
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(text, container?.FirstChild);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Inline? inline)
    {
        for (; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline { IsHard: true }: text.Append('\n'); break;
                case ContainerInline child: Append(text, child.FirstChild); break;
            }
        }
    }
}
