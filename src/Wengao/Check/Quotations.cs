using System.Buffers;

namespace Wengao.Check;

/// <summary>
/// The stretches of a paragraph inside a title's marks 《》〈〉 or inside quotes “” ‘’ 「」 『』 (straight " paired by
/// parity, as the punctuation rule pairs them): a title or a quoted name keeps its own wording (GB/T 15834-2011 §4.15 书名号, §4.8 引号).
/// </summary>
internal sealed class Quotations
{
    private const string Opening = "《〈“‘「『";
    private const string Closing = "》〉”’」』";

    // A paragraph holds few marks among many characters: a vectorised search jumps from one to the next.
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"" + Opening + Closing);

    private readonly List<(int Start, int End)> _spans = [];
    private int _next;

    /// <summary>Reads the spans in one pass; a mark left open quotes nothing (the punctuation rule reports it).</summary>
    public Quotations(string text)
    {
        var (depth, start, straight) = (0, 0, -1);
        for (var i = Han.Next(text, Marks, 0); i >= 0; i = Han.Next(text, Marks, i + 1))
        {
            if (text[i] == '"')
            {
                if (straight < 0) straight = i;
                else { Add(straight, i + 1); straight = -1; }
            }
            else if (Opening.Contains(text[i]) && depth++ == 0) start = i;
            else if (Closing.Contains(text[i]) && depth > 0 && --depth == 0) Add(start, i + 1);
        }
        _spans.Sort();
    }

    private void Add(int start, int end) => _spans.Add((start, end));

    /// <summary>Whether <paramref name="index"/> is quoted; asked in increasing order of index, so every span is passed once.</summary>
    public bool Contain(int index)
    {
        while (_next < _spans.Count && _spans[_next].End <= index) _next++;
        for (var k = _next; k < _spans.Count && _spans[k].Start <= index; k++)
            if (index < _spans[k].End) return true;
        return false;
    }
}
