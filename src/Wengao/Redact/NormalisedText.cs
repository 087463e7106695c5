using System.Buffers;
using System.Globalization;
using Markdig.Helpers;

namespace Wengao.Redact;

/// <summary>The escapes a text may spell a character with, decoded before names are matched in it.</summary>
[Flags]
internal enum Escapes
{
    None = 0,
    /// <summary>%E7%8E%8B in a URL (UTF-8 bytes).</summary>
    Percent = 1,
    /// <summary>&amp;#29579; &amp;#x738B; &amp;amp; in HTML, XML and Markdown.</summary>
    Html = 2,
    /// <summary>\u738B \u{738B} \x41 \n \" in a JavaScript or JSON string.</summary>
    Js = 4,
    /// <summary>&lt;span&gt; &lt;!-- … --&gt; written inside a Markdown text: not drawn, so a name reads on across them.</summary>
    Tags = 8,
    /// <summary>
    /// A Markdown text's structure: a link's brackets (张[苇](url)), its destination and title, a reference's label
    /// and a note's mark (张[^1]苇) are not drawn inside the word around them, so a name reads on across them; each is
    /// kept (<see cref="NormalisedText.Kept"/>) for the mask to put back, its destination read apart.
    /// </summary>
    Markdown = 16,
    /// <summary>\738B (one to six hex digits and a space that ends them) in a style sheet: its `content:` is drawn.</summary>
    Css = 32,
    /// <summary>What Markdown and YAML sources can hold: entities, URLs, inline HTML, Markdown's links and notes.</summary>
    Source = Percent | Html | Tags | Markdown,
}

/// <summary>
/// A piece of a source's markup between or around the letters of its text (see <see cref="Escapes.Markdown"/>): where it
/// is in the original, the part of it a reader reads apart — a link's destination, a label, a tag's attributes — and
/// whether a mask over a name it stands inside keeps it before the mask (a link's opening bracket), after it (a
/// link's closing bracket and destination, a note's mark, a table's bar), or drops it (a tag, not drawn).
/// </summary>
internal readonly record struct MarkupPiece(int Start, int End, int InnerStart, int InnerEnd, MarkupPlace Place);

internal enum MarkupPlace { Before, After, Dropped }

/// <summary>
/// Text as a reader reads it, for matching names: every character folded by <see cref="ReadingFold"/>, escapes
/// decoded, invisible characters and separators dropped (李\u200B建勤, 王·秀英, Wang-Xiuying, 王秀\ + line break + 英
/// all read as one name), with each folded character's place in the original text and whether a word boundary
/// (a space, a separator, a blank line) comes before it — which the guards of short aliases need.
/// Buffers are pooled: this runs on every text of every edition.
/// </summary>
internal sealed class NormalisedText : IDisposable
{
    private const int MaxNamedEntity = 32; // &CounterClockwiseContourIntegral; is the longest HTML5 name
    private const int MaxTag = 256;        // an inline tag with its attributes; a longer "<…>" is taken as text
    private const int MaxLabel = 999;      // CommonMark §4.7: a link label has at most 999 characters
    private const int MaxDestination = 2048;
    private const int MaxHexDigits = 6;    // U+10FFFF: the longest \u{…} of JavaScript and escape of CSS // a link's destination and title; a longer "](…" is taken as text

    // What Special reads a character or escape as when it is no letter.
    private const int Unseen = -1;   // not drawn, belongs to the letter before it (a zero-width character)
    private const int Markup = -2;   // not drawn, belongs to neither side (a tag)
    private const int Apart = -3;    // a separator (a backslash that escapes nothing: 李\建勤)

    /// <summary>々 (U+3005): a reader reads the character before it again.</summary>
    private const char IterationMark = '\u3005';

    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static readonly SearchValues<char> TagEnds = SearchValues.Create("><\n");

    private readonly string _original;
    private readonly Escapes _escapes;
    private char[] _text;
    private int[] _start; // original index of each folded character
    private int[] _end;   // original index just after it (and after the invisible characters that follow it)
    private bool[] _boundary;
    private bool _pendingBoundary;
    private int _newlines;
    private List<MarkupPiece>? _kept; // made on the first piece: most texts have none, and folding allocates nothing

    private NormalisedText(string original, Escapes escapes, int capacity)
    {
        (_original, _escapes) = (original, escapes);
        _text = ArrayPool<char>.Shared.Rent(capacity);
        _start = ArrayPool<int>.Shared.Rent(capacity);
        _end = ArrayPool<int>.Shared.Rent(capacity);
        _boundary = ArrayPool<bool>.Shared.Rent(capacity);
    }

    public int Length { get; private set; }

    public ReadOnlySpan<char> Text => _text.AsSpan(0, Length);

    public static NormalisedText Of(string original, Escapes escapes) => Of(original, escapes, [(0, original.Length)]);

    /// <summary>The text of the given ranges of <paramref name="original"/>, read on from one to the next (HTML text between tags).</summary>
    public static NormalisedText Of(string original, Escapes escapes, ReadOnlySpan<(int Start, int End)> ranges)
    {
        var size = 0;
        foreach (var (start, end) in ranges) size += end - start;
        var text = new NormalisedText(original, escapes, size + 16);
        foreach (var (start, end) in ranges) text.Read(start, end);
        return text;
    }

    /// <summary>A name, title or kept word as it is matched.</summary>
    public static string Fold(string text)
    {
        using var folded = Of(text, Escapes.Source);
        return folded.Text.ToString();
    }

    /// <summary>The original span behind folded characters [from, to).</summary>
    public (int Start, int End) Original(int from, int to) => (_start[from], _end[to - 1]);

    /// <summary>True where a space, separator or blank line stands before folded character <paramref name="at"/>.</summary>
    public bool BoundaryBefore(int at) => _boundary[at];

    /// <summary>The pieces of markup read past (with <see cref="Escapes.Markdown"/> and <see cref="Escapes.Tags"/>), in order.</summary>
    public IReadOnlyList<MarkupPiece> Kept => (IReadOnlyList<MarkupPiece>?)_kept ?? [];

    private void Read(int from, int to)
    {
        var s = _original;
        for (var i = from; i < to;)
        {
            var c = s[i];
            if (c == IterationMark && Length > 0 && !_pendingBoundary) { Repeat(i); i++; continue; }
            var kind = ReadingFold.Kind(c);
            if (kind == CharKind.Letter) { Append(ReadingFold.Letter(c), i, i + 1); i++; continue; }
            if (kind != CharKind.Special) { Gap(kind, i + 1); i++; continue; }
            var (cp, next) = Special(s, i, to);
            if (cp == Unseen) Gap(CharKind.Invisible, next);
            else if (cp == Apart) Gap(CharKind.Separator, next);
            else if (cp == Markup) { }
            else
            {
                var (reads, letter) = ReadingFold.Of(cp);
                if (reads == CharKind.Letter) Append(letter, i, next);
                else Gap(reads, next);
            }
            i = next;
        }
    }

    // A surrogate pair, an escape, or the character itself as a code point; Unseen, Markup or Apart for what is no letter.
    private (int Cp, int Next) Special(string s, int i, int to)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < to && char.IsLowSurrogate(s[i + 1])) return (char.ConvertToUtf32(c, s[i + 1]), i + 2);
        if (c == '%' && _escapes.HasFlag(Escapes.Percent) && Percent(s, i, to) is { Cp: >= 0 } percent) return percent;
        if (c == '&' && _escapes.HasFlag(Escapes.Html) && Entity(s, i, to) is { Cp: >= 0 } entity) return entity;
        if (c == '\\' && i + 1 < to)
        {
            var next = s[i + 1];
            // Markdown's hard line break: the backslash is not drawn, the lines join (王秀\ + line break + 英).
            if (next is '\n' or '\r') return (Unseen, i + 1);
            if (_escapes.HasFlag(Escapes.Js)) return JsEscape(s, i, to);
            if (_escapes.HasFlag(Escapes.Css)) return CssEscape(s, i, to);
        }
        if (c == '\\') return (Apart, i + 1);
        if (c == '<' && _escapes.HasFlag(Escapes.Tags) && Tag(s, i, to) is > 0 and var end)
            return Keep(new MarkupPiece(i, end, i + 1, end - 1, MarkupPlace.Dropped), Markup);
        // A table's bar parts cells as a space parts words; Markdown keeps it where a mask covers it (| 张 | 苇 |).
        if (c == '|') return _escapes.HasFlag(Escapes.Markdown) ? Keep(new MarkupPiece(i, i + 1, i + 1, i + 1, MarkupPlace.After), Apart) : (Apart, i + 1);
        if (c is '[' or ']' && _escapes.HasFlag(Escapes.Markdown)) return Keep(Bracket(s, i, to), Markup);
        // A quote's > that goes on with its paragraph on the next line (张\ + line break + > 苇) is not drawn; the
        // lines are one paragraph, so a mask over it may join them.
        if (c == '>' && _escapes.HasFlag(Escapes.Markdown) && AtLineStart(s, i))
            return Keep(new MarkupPiece(i, i + 1, i + 1, i + 1, MarkupPlace.Dropped), Markup);
        return (c, i + 1);
    }

    private (int Cp, int Next) Keep(MarkupPiece piece, int reads)
    {
        (_kept ??= []).Add(piece);
        return (reads, piece.End);
    }

    // [^label] a note's mark; [ a link's opening; ](destination "title") or ][label] its closing; a lone ].
    private static MarkupPiece Bracket(string s, int i, int to)
    {
        if (s[i] == '[')
            return i + 1 < to && s[i + 1] == '^' && Label(s, i + 2, to) is > 0 and var close
                ? new MarkupPiece(i, close + 1, i + 2, close, MarkupPlace.After)
                : new MarkupPiece(i, i + 1, i + 1, i + 1, MarkupPlace.Before);
        if (i + 1 < to && s[i + 1] == '(' && Destination(s, i + 2, to) is > 0 and var end)
            return new MarkupPiece(i, end + 1, i + 2, end, MarkupPlace.After);
        if (i + 1 < to && s[i + 1] == '[' && Label(s, i + 2, to) is > 0 and var label)
            return new MarkupPiece(i, label + 1, i + 2, label, MarkupPlace.After);
        return new MarkupPiece(i, i + 1, i + 1, i + 1, MarkupPlace.After);
    }

    private static bool AtLineStart(string s, int i)
    {
        var k = i - 1;
        while (k >= 0 && s[k] is ' ' or '\t' or '>') k--;
        return k < 0 || s[k] == '\n';
    }

    // Where the ] of a label starting at `at` is, or -1: no brackets or blank line inside it (CommonMark §4.7).
    private static int Label(string s, int at, int to)
    {
        var limit = Math.Min(to, at + MaxLabel + 1);
        for (var k = at; k < limit; k++)
            if (s[k] == ']') return k > at ? k : -1;
            else if (s[k] == '[' || s[k] == '\n' && k + 1 < limit && s[k + 1] == '\n') return -1;
        return -1;
    }

    // Where the ) closing a link's destination and title that start at `at` is, parentheses balanced, or -1.
    private static int Destination(string s, int at, int to)
    {
        var limit = Math.Min(to, at + MaxDestination);
        var depth = 0;
        for (var k = at; k < limit; k++)
            switch (s[k])
            {
                case '\\': k++; break;
                case '(': depth++; break;
                case ')' when depth == 0: return k;
                case ')': depth--; break;
                case '\n' when k + 1 < limit && s[k + 1] == '\n': return -1;
            }
        return -1;
    }

    // <b>, </span>, <br/>, <!-- … -->: where it ends, or -1 where the < starts no tag.
    private static int Tag(string s, int i, int to)
    {
        var limit = Math.Min(to, i + MaxTag);
        if (s.AsSpan(i, limit - i).StartsWith("<!--"))
        {
            var close = s.IndexOf("-->", i + 4, limit - i - 4, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 3;
        }
        var name = i + 1 < limit && s[i + 1] == '/' ? i + 2 : i + 1;
        if (name >= limit || !char.IsAsciiLetter(s[name])) return -1;
        var end = s.AsSpan(name, limit - name).IndexOfAny(TagEnds);
        return end >= 0 && s[name + end] == '>' ? name + end + 1 : -1;
    }

    // %XX%XX…: one UTF-8 encoded character.
    private static (int Cp, int Next) Percent(string s, int i, int to)
    {
        if (Hex(s, i + 1, 2, to) is not (>= 0 and var first)) return (-1, i);
        var length = first < 0x80 ? 1 : (first & 0xE0) == 0xC0 ? 2 : (first & 0xF0) == 0xE0 ? 3 : (first & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0) return (-1, i);
        var cp = length == 1 ? first : first & (0x7F >> length);
        for (var k = 1; k < length; k++)
        {
            var at = i + 3 * k;
            if (at >= to || s[at] != '%' || Hex(s, at + 1, 2, to) is not (>= 0 and var b) || (b & 0xC0) != 0x80) return (-1, i);
            cp = cp << 6 | (b & 0x3F);
        }
        return IsScalar(cp) ? (cp, i + 3 * length) : (-1, i);
    }

    // &#29579; &#x738B; &amp; &ZeroWidthSpace; — the character references a browser decodes.
    private static (int Cp, int Next) Entity(string s, int i, int to)
    {
        var semicolon = s.IndexOf(';', i + 1, Math.Min(MaxNamedEntity + 2, to - i - 1));
        if (semicolon < 0) return (-1, i);
        var body = s.AsSpan(i + 1, semicolon - i - 1);
        int cp;
        if (body is ['#', 'x' or 'X', .. var hex])
            cp = int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) ? h : -1;
        else if (body is ['#', .. var digits])
            cp = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : -1;
        else if (body.IsEmpty || body.ContainsAnyExcept(NameCharacters))
            return (-1, i);
        else
            cp = body switch
            {
                "amp" => '&', "lt" => '<', "gt" => '>', "quot" => '"', "apos" => '\'', "nbsp" => '\u00A0',
                // HTML5's whole table (&ZeroWidthSpace;, &NoBreak;, &hairsp;), which browsers and Markdig decode alike.
                _ => EntityHelper.DecodeEntity(body) is { Length: > 0 } decoded ? char.ConvertToUtf32(decoded, 0) : -1,
            };
        return IsScalar(cp) ? (cp, semicolon + 1) : (-1, i);
    }

    // \uXXXX (a pair for characters outside the BMP), \u{X…}, \xXX, \n, \", \\ … in a JavaScript string.
    private static (int Cp, int Next) JsEscape(string s, int i, int to)
    {
        switch (s[i + 1])
        {
            case 'u' when i + 2 < to && s[i + 2] == '{' && s.IndexOf('}', i + 3, Math.Min(MaxHexDigits + 1, to - i - 3)) is var close and > 0
                && Hex(s, i + 3, close - i - 3, to) is var point && IsScalar(point):
                return (point, close + 1);
            case 'x' when Hex(s, i + 2, 2, to) is > 0 and var latin: return (latin, i + 4);
            case 'u' when Hex(s, i + 2, 4, to) is >= 0 and var unit:
                if (char.IsHighSurrogate((char)unit) && i + 11 < to && s[i + 6] == '\\' && s[i + 7] == 'u'
                    && Hex(s, i + 8, 4, to) is >= 0 and var low && char.IsLowSurrogate((char)low))
                    return (char.ConvertToUtf32((char)unit, (char)low), i + 12);
                return (unit, i + 6);
            case 'n': return ('\n', i + 2);
            case 't': return ('\t', i + 2);
            case 'r' or 'b' or 'f': return (Unseen, i + 2);
            case var other and ('"' or '\'' or '\\' or '/'): return (other, i + 2);
            default: return (Apart, i + 1);
        }
    }

    // \738B, \738B followed by the space that ends it, \" — a CSS escape (CSS Syntax Level 3 §4.3.7); \ before a line break joins lines.
    private static (int Cp, int Next) CssEscape(string s, int i, int to)
    {
        var digits = 0;
        while (digits < MaxHexDigits && i + 1 + digits < to && char.IsAsciiHexDigit(s[i + 1 + digits])) digits++;
        if (digits == 0) return (s[i + 1], i + 2);
        var next = i + 1 + digits;
        if (next < to && s[next] is ' ' or '\t' or '\n') next++;
        return Hex(s, i + 1, digits, to) is var cp && IsScalar(cp) ? (cp, next) : (Apart, next);
    }

    private static int Hex(string s, int at, int digits, int to) =>
        at + digits <= to && int.TryParse(s.AsSpan(at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value : -1;

    private static bool IsScalar(int cp) => cp is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);

    private void Append(int cp, int start, int end)
    {
        if (Length + 2 > _text.Length) Grow();
        if (cp <= 0xFFFF) Put((char)cp, start, end);
        else
        {
            Put((char)(0xD800 + ((cp - 0x10000) >> 10)), start, end);
            Put((char)(0xDC00 + ((cp - 0x10000) & 0x3FF)), start, end);
        }
        (_pendingBoundary, _newlines) = (false, 0);
    }

    // The ideographic iteration mark repeats the character before it: 王芳々 reads 王芳芳 (a surrogate pair repeated whole).
    private void Repeat(int at)
    {
        var pair = Length > 1 && char.IsLowSurrogate(_text[Length - 1]) && char.IsHighSurrogate(_text[Length - 2]);
        Append(pair ? char.ConvertToUtf32(_text[Length - 2], _text[Length - 1]) : _text[Length - 1], at, at + 1);
    }

    private void Put(char c, int start, int end)
    {
        (_text[Length], _start[Length], _end[Length], _boundary[Length]) = (c, start, end, _pendingBoundary);
        Length++;
    }

    // What lies between letters: nothing (an invisible character belongs to the letter before it), a word boundary, a line break.
    private void Gap(CharKind kind, int end)
    {
        switch (kind)
        {
            case CharKind.Invisible when Length > 0 && _newlines == 0 && !_pendingBoundary: _end[Length - 1] = end; break;
            case CharKind.Separator: _pendingBoundary = true; break;
            case CharKind.LineBreak when ++_newlines >= 2: _pendingBoundary = true; break;
        }
    }

    private void Grow()
    {
        static T[] Bigger<T>(T[] old, int length)
        {
            var grown = ArrayPool<T>.Shared.Rent(old.Length * 2);
            Array.Copy(old, grown, length);
            ArrayPool<T>.Shared.Return(old);
            return grown;
        }
        (_text, _start, _end, _boundary) = (Bigger(_text, Length), Bigger(_start, Length), Bigger(_end, Length), Bigger(_boundary, Length));
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_text);
        ArrayPool<int>.Shared.Return(_start);
        ArrayPool<int>.Shared.Return(_end);
        ArrayPool<bool>.Shared.Return(_boundary);
        Length = 0;
        _kept = null;
    }
}
