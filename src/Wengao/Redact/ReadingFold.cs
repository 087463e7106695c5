using System.Globalization;

namespace Wengao.Redact;

/// <summary>What a character is to a reader matching names: a letter (and which one it reads as), nothing at all, or a break.</summary>
internal enum CharKind : byte
{
    /// <summary>Read as <see cref="ReadingFold.Letter"/>: ideographs, letters, digits, punctuation.</summary>
    Letter,
    /// <summary>Not seen: zero-width and format characters, combining marks, variation selectors, controls.</summary>
    Invisible,
    /// <summary>Seen as a gap between words, not as a letter: spaces, blank fillers (U+3164, U+2800), ·, -, _.</summary>
    Separator,
    /// <summary>A line break: one joins the lines of a paragraph, two (a blank line) part words.</summary>
    LineBreak,
    /// <summary>Decided by the reader of the text around it: surrogates, %XX, &amp;…;, \ before a line break or an escape, &lt;tags&gt;, Markdown's [links](…), table bars and quotes' &gt;.</summary>
    Special,
}

/// <summary>
/// One table, built once from fold.txt and variants.txt (see Data/make_tables.py for their sources): each character
/// as a reader reads it — compatibility ideographs and Kangxi radicals as their unified ideograph (李 U+F9E1 → 李,
/// ⾦ → 金), traditional and variant forms as simplified (張 → 张), full-width and styled letters as plain ones,
/// Cyrillic and Greek letters drawn like Latin ones as Latin (а → a), without diacritics, in lower case.
/// The runtime has no ICU (invariant globalization mode: string.Normalize leaves non-ASCII text as it is), so the
/// build carries this part of Unicode normalisation itself. Lookups are array reads: the fold runs on every text.
/// </summary>
internal static class ReadingFold
{
    private const string FoldResource = "Wengao.Redact.fold.txt";
    private const string VariantsResource = "Wengao.Redact.variants.txt";

    /// <summary>
    /// Marks that join or part a name in Latin or Chinese (王·秀英, 王・秀英, Wang-Xiuying, wang_xiuying, Xiu'ying, **秀英**):
    /// the middle dots and their look-alikes (Greek ano teleia U+0387, which is · canonically; the word separator U+2E31,
    /// the sinological dot U+A78F, the runic U+16EB, the Canadian syllabics final middle dot U+1427 ᐧ, the Hangul
    /// araea U+318D ㆍ that Korean input methods give for ·, the raised dot U+2E33, the dot above U+02D9, the bullets
    /// and spots ● ◦ ⦁ ∘ ⸰ a minority name's dot is typed as), hyphens, dashes and the minus sign, low lines, tildes and
    /// the wave dash, Markdown's marks and their full-width and small forms (＊ ﹡), the full stop and what is drawn as it
    /// (the one-dot leader ․, the small full stop ﹒), and the apostrophes of pinyin (Xi'an: ' ’ ‘ ʼ ′). A character the
    /// fold reads as one of these is one too.
    /// </summary>
    private const string Separators = "·・･‧•∙⋅\u0387⸱ꞏ᛫ᐧㆍ⸳˙●◦⦁∘⸰-‐‑‒–—―⁃−﹘﹣－⸺⸻_＿*＊﹡~～〜`+.．․﹒'’‘ʼ′";

    /// <summary>Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the braille blank (U+2800): letters by category, blanks to the eye.</summary>
    private const string Blanks = "\u115F\u1160\u3164\uFFA0\u2800";

    private static readonly CharKind[] Kinds = new CharKind[65536];
    private static readonly char[] Letters = new char[65536];
    // Folds where the character or what it reads as lies outside the BMP (𝐰 → w, ⺇ → 𠘨, 𫝈 → …).
    private static readonly Dictionary<int, int> Wide = [];

    static ReadingFold()
    {
        var map = new Dictionary<int, int>();
        foreach (var (from, to) in Read(FoldResource, hex: true)) map[from] = to;
        // Variants after the fold: a compatibility ideograph of a traditional form reads as the simplified one.
        var variants = Read(VariantsResource, hex: false).ToDictionary(p => p.From, p => p.To);
        foreach (var (from, to) in variants) map.TryAdd(from, to);
        foreach (var (from, to) in map.ToList())
            if (variants.TryGetValue(to, out var simplified)) map[from] = simplified;
        for (var c = 0; c < 65536; c++)
        {
            var folded = map.GetValueOrDefault(c, c);
            Kinds[c] = folded <= 0xFFFF && Separators.Contains((char)folded) ? CharKind.Separator : KindOf(c);
            if (folded <= 0xFFFF) Letters[c] = char.ToLowerInvariant((char)folded);
            else if (Kinds[c] == CharKind.Letter) (Kinds[c], Wide[c]) = (CharKind.Special, folded);
        }
        Kinds['%'] = Kinds['&'] = Kinds['\\'] = Kinds['<'] = Kinds['['] = Kinds[']'] = Kinds['|'] = Kinds['>'] = CharKind.Special;
        for (var c = 0xD800; c <= 0xDFFF; c++) Kinds[c] = CharKind.Special;
        foreach (var (from, to) in map)
            if (from > 0xFFFF) Wide[from] = to <= 0xFFFF ? char.ToLowerInvariant((char)to) : to;
    }

    public static CharKind Kind(char c) => Kinds[c];

    /// <summary>The letter a BMP character of kind <see cref="CharKind.Letter"/> reads as.</summary>
    public static char Letter(char c) => Letters[c];

    /// <summary>The kind of any code point (one decoded from %XX or &amp;#…; too), and the code point it reads as.</summary>
    public static (CharKind Kind, int Reads) Of(int cp)
    {
        if (cp <= 0xFFFF)
        {
            var c = (char)cp;
            return Kinds[c] switch
            {
                CharKind.Special when char.IsSurrogate(c) => (CharKind.Invisible, 0), // a lone surrogate draws nothing
                CharKind.Special => Wide.TryGetValue(cp, out var wide) ? (CharKind.Letter, wide) : (CharKind.Letter, cp),
                var kind => (kind, Letters[c]),
            };
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            ? (CharKind.Invisible, 0)
            : (CharKind.Letter, Wide.GetValueOrDefault(cp, cp));
    }

    private static CharKind KindOf(int c)
    {
        var ch = (char)c;
        if (ch == '\n') return CharKind.LineBreak;
        if (ch == '\r') return CharKind.Invisible; // \r\n is one line break
        if (char.IsWhiteSpace(ch) || Separators.Contains(ch) || Blanks.Contains(ch)) return CharKind.Separator;
        return CharUnicodeInfo.GetUnicodeCategory(ch) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format or UnicodeCategory.Control => CharKind.Invisible,
            _ => CharKind.Letter,
        };
    }

    private static IEnumerable<(int From, int To)> Read(string resource, bool hex)
    {
        using var stream = typeof(ReadingFold).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded");
        using var reader = new StreamReader(stream);
        var pairs = new List<(int, int)>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var space = line.IndexOf(' ');
            pairs.Add(hex ? (int.Parse(line.AsSpan(0, space), NumberStyles.HexNumber), int.Parse(line.AsSpan(space + 1), NumberStyles.HexNumber))
                : (char.ConvertToUtf32(line, 0), char.ConvertToUtf32(line, space + 1)));
        }
        return pairs;
    }
}
