using System.Text;

namespace Wengao.Authoring;

/// <summary>
/// A source being written from a draft, with the origin of each character: its offset in the draft's lines
/// joined by '\n', or none for what the importer added (front-matter keys, `**` marks, escapes' backslashes).
/// `wengao check` of a draft reads the source and reports each finding at its origin in the original file.
/// </summary>
internal sealed class MappedText
{
    private const int Added = -1;
    private readonly StringBuilder _text = new();
    private readonly List<int> _origins = [];

    public int Length => _text.Length;

    /// <summary>Text the importer adds, not found in the draft.</summary>
    public MappedText Append(string text)
    {
        _text.Append(text);
        _origins.AddRange(Enumerable.Repeat(Added, text.Length));
        return this;
    }

    /// <summary>One character that stands for the draft's character at <paramref name="origin"/> (itself, or an escape of it).</summary>
    public MappedText Append(char c, int origin)
    {
        _text.Append(c);
        _origins.Add(origin);
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>
    /// Every character's origin. An added character right after a draft's character stands just after it (a
    /// paragraph's end is there); any other added one stands where the next draft character does (`**` before a heading).
    /// </summary>
    public int[] Origins()
    {
        var origins = _origins.ToArray();
        for (var i = 1; i < origins.Length; i++)
            if (origins[i] == Added && _origins[i - 1] != Added) origins[i] = origins[i - 1] + 1;
        var next = 0;
        for (var i = origins.Length - 1; i >= 0; i--)
            if (origins[i] == Added) origins[i] = next;
            else next = origins[i];
        return origins;
    }
}
