using System.Globalization;

namespace Wengao.Text;

/// <summary>
/// The order of names (speakers, occasions, tags) in lists: Chinese characters by pinyin or by stroke count (姓氏笔画)
/// from the table the build carries (Data/hanzi.txt, from Unicode's Unihan; see make_hanzi.py), never from the
/// machine's locale; numbers inside a name by their value (县委书记2 before 县委书记10). Within a kind of character:
/// other signs first, then numbers, Latin letters (case folded) and Chinese characters. A character the table does not
/// hold (a rare one outside the unified block) comes after those it holds, by code point.
/// </summary>
public sealed class NameOrder : IComparer<string>
{
    /// <summary>By pinyin, then stroke count; and by stroke count (姓氏笔画), then pinyin.</summary>
    public static readonly NameOrder Pinyin = new(byStrokes: false, people: false), Strokes = new(byStrokes: true, people: false);

    /// <summary>The same for people's names: a surname is read as a surname (曾 zēng, 单 shàn), see <see cref="Surnames"/>.</summary>
    public static readonly NameOrder PinyinPeople = new(byStrokes: false, people: true), StrokesPeople = new(byStrokes: true, people: true);

    /// <summary>
    /// Surnames whose reading as a surname is not the character's first reading (kMandarin), as 《现代汉语词典》 and 《百家姓》
    /// read them: a name's first character is read so.
    /// </summary>
    private static readonly Dictionary<char, string> Surnames = new()
    {
        ['单'] = "shan 4", ['曾'] = "zeng 1", ['解'] = "xie 4", ['仇'] = "qiu 2", ['朴'] = "piao 2", ['区'] = "ou 1",
        ['查'] = "zha 1", ['盖'] = "ge 3", ['缪'] = "miao 4", ['覃'] = "qin 2", ['乐'] = "yue 4", ['翟'] = "zhai 2",
        ['种'] = "chong 2", ['华'] = "hua 4", ['任'] = "ren 2", ['尉'] = "yu 4",
    };

    private readonly bool _byStrokes, _people;

    private NameOrder(bool byStrokes, bool people) => (_byStrokes, _people) = (byStrokes, people);

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null || y is null) return x is null ? -1 : 1;
        var (i, j) = (0, 0);
        while (i < x.Length && j < y.Length)
        {
            var (a, b) = (Next(x, ref i), Next(y, ref j));
            var order = a.CompareTo(b);
            if (order != 0) return order;
        }
        var byLength = (x.Length - i).CompareTo(y.Length - j);
        // Equal by this order (县委书记02 and 县委书记2, AI and ai): code points decide, so the order is total and stable.
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    // What a name is read as, one element at a time: its class, then its weight within the class.
    private enum Class { Other, Number, Latin, Han, Unlisted }

    private readonly record struct Element(Class Class, long Primary, long Secondary) : IComparable<Element>
    {
        public int CompareTo(Element other) =>
            Class != other.Class ? Class.CompareTo(other.Class)
            : Primary != other.Primary ? Primary.CompareTo(other.Primary)
            : Secondary.CompareTo(other.Secondary);
    }

    // A run of more digits than this is compared digit by digit: its value would not fit a long.
    private const int MaxNumberDigits = 18;

    private Element Next(string s, ref int at)
    {
        var (c, opening) = (s[at], at == 0);
        if (c is >= '0' and <= '9')
        {
            var start = at;
            while (at < s.Length && s[at] is >= '0' and <= '9' && at - start < MaxNumberDigits) at++;
            return new(Class.Number, long.Parse(s.AsSpan(start, at - start), CultureInfo.InvariantCulture), 0);
        }
        // A lone surrogate is one unit of its own, ordered as U+FFFD.
        var rune = System.Text.Rune.TryGetRuneAt(s, at, out var r) ? r : System.Text.Rune.ReplacementChar;
        at += rune.Utf16SequenceLength;
        if (rune.Value < 0x80 && char.IsAsciiLetter(c)) return new(Class.Latin, char.ToLowerInvariant(c), c);
        if (HanziTable.Instance.Find(rune.Value) is { } found)
        {
            var han = opening && _people && Surnames.TryGetValue(c, out var surname) ? found with { Reading = HanziTable.Instance.Rank(surname) } : found;
            return _byStrokes
                ? new(Class.Han, han.Strokes, (long)han.Reading << 32 | (uint)rune.Value)
                : new(Class.Han, han.Reading, (long)han.Strokes << 32 | (uint)rune.Value);
        }
        return new(Ideographs.Is(rune.Value) ? Class.Unlisted : Class.Other, rune.Value, 0);
    }
}

/// <summary>Data/hanzi.txt read once: each character's reading (the rank of its pinyin line) and stroke count.</summary>
internal sealed class HanziTable
{
    public static readonly HanziTable Instance = Load();

    private const int First = 0x4E00, Last = 0x9FFF;
    private readonly (int Reading, int Strokes)[] _entries = new (int, int)[Last - First + 1];
    private readonly bool[] _known = new bool[Last - First + 1];

    private readonly Dictionary<string, int> _ranks = new(StringComparer.Ordinal);

    /// <summary>The rank of a reading, `SYLLABLE TONE` as the table writes it (zeng 1).</summary>
    public int Rank(string reading) => _ranks[reading];

    public (int Reading, int Strokes)? Find(int codepoint) =>
        codepoint is >= First and <= Last && _known[codepoint - First] ? _entries[codepoint - First] : null;

    private static HanziTable Load()
    {
        const string resource = "Wengao.Text.hanzi.txt";
        using var stream = typeof(HanziTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded");
        using var reader = new StreamReader(stream);
        var table = new HanziTable();
        string? part = null;
        var rank = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split(' ');
            if (fields.Length == 1) { part = line; continue; }
            var characters = fields[^1];
            rank++;
            if (part == "pinyin") table._ranks[$"{fields[0]} {fields[1]}"] = rank;
            foreach (var c in characters)
            {
                var i = c - First;
                if (part == "pinyin") { table._entries[i].Reading = rank; table._known[i] = true; }
                else table._entries[i].Strokes = int.Parse(fields[0], CultureInfo.InvariantCulture);
            }
        }
        // A character with a stroke count and no reading sorts after every reading, among its strokes.
        for (var i = 0; i < table._known.Length; i++)
            if (!table._known[i] && table._entries[i].Strokes > 0) { table._entries[i].Reading = int.MaxValue; table._known[i] = true; }
        return table;
    }
}
