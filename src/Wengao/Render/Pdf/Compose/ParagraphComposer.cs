using System.Globalization;
using System.Text;
using Wengao.Model;

namespace Wengao.Render.Pdf.Compose;

/// <summary>
/// Breaks a paragraph of styled runs into lines and places every item on the CJK grid (GB/T 9704, clreq).
/// </summary>
/// <remarks>
/// <para>Every ideograph and full-width mark takes exactly <see cref="LineSpec.Pitch"/>; other characters take
/// <c>advance(role, cp) × FontSize</c>. A line never extends past <see cref="LineSpec.Width"/> (except when a single
/// CJK character is wider than the whole line).</para>
/// <para>Breaking: no line starts with a closing mark (，。、；：？！）》」』】〕〉”’…—％ and ASCII <c>,.;:?!)]}%</c>) or
/// ends with an opening mark (（《「『【〔〈“‘ and ASCII <c>([{</c>); straight double quotes alternate open/close in the
/// paragraph. A Latin word, a run of adjacent non-CJK characters, a number with its %/‰ sign and a following Chinese
/// unit (5388万元, 1.3亿元, 41%, 500多万元, 10月 + 27日) and the pairs —— and …… are never split. When a mark that may
/// not start a line would overflow, the line's full-width marks are squeezed (line-end mark first, to half width; then
/// the others evenly, each at most to half width); if that is not enough the last breakable cluster is pushed to the
/// next line (先挤进，后推出). Only a cluster wider than a whole line is broken inside, as a last resort.</para>
/// <para>Adjacent full-width marks (。” ：“ ）、 ”，) always compress from 2 em to 1.5 em: a closing mark followed by
/// another mark loses its right half; otherwise an opening mark preceded by another mark loses its left half (and gets
/// a negative <see cref="PlacedText.InkOffset"/>).</para>
/// <para>White space: a run of breaking white space (space, tab, newline — a newline is treated as a space) is one item
/// whose text is kept verbatim. It always stays at the end of the line before a break; white space at the start or
/// end of a line is kept as an item but given zero width, so the concatenated item texts always equal the input.</para>
/// <para>Cost is linear in the paragraph length.</para>
/// </remarks>
public static class ParagraphComposer
{
    private const double Eps = 1e-6;

    private enum Kind : byte { Grid, Text, Space }

    private enum Punct : byte { None, Closing, Opening }

    private struct Atom
    {
        public int Start;
        public int Length;
        public int Run;
        public double Width;
        public Kind Kind;
        public Punct Punct;
        public bool NoStart;
        public bool NoEnd;
        /// <summary>A number's unit (or the next full-width digit): no break before it.</summary>
        public bool Glued;
        /// <summary>A line may break before this atom.</summary>
        public bool BreakBefore;
        /// <summary>This atom and the previous one form a compressing pair: 1 = the previous atom is squeezed, 2 = this one.</summary>
        public byte Pair;
    }

    private static readonly string?[] s_chars = new string?[0x10000];

    /// <summary>Composes one paragraph into lines.</summary>
    public static IReadOnlyList<ComposedLine> Compose(IReadOnlyList<StyledRun> runs, LineSpec spec, AdvanceEm advance)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(advance);
        if (!(spec.Width > 0)) throw new ArgumentOutOfRangeException(nameof(spec), "Width must be positive.");
        if (!(spec.FontSize > 0)) throw new ArgumentOutOfRangeException(nameof(spec), "FontSize must be positive.");
        if (!(spec.Pitch > 0)) throw new ArgumentOutOfRangeException(nameof(spec), "Pitch must be positive.");
        if (!(spec.FirstLineIndent >= 0) || spec.FirstLineIndent >= spec.Width)
            throw new ArgumentOutOfRangeException(nameof(spec), "FirstLineIndent must be in [0, Width).");

        var text = Flatten(runs, out var runEnds);
        if (text.Length == 0) return [];

        var atoms = Tokenize(text, runs, runEnds, spec, advance);
        MarkNumberUnits(atoms, text);
        MarkBreaksAndPairs(atoms);

        var lines = new List<ComposedLine>(Math.Max(1, (int)(atoms.Count * spec.Pitch / spec.Width) + 2));
        var scratch = new double[64];
        var start = 0;
        var first = true;
        while (start < atoms.Count)
        {
            var indent = first ? spec.FirstLineIndent : 0;
            var limit = spec.Width - indent;
            var end = FindBreak(atoms, start, limit, spec, text, runs, advance);
            if (scratch.Length < end - start) scratch = new double[Math.Max(end - start, scratch.Length * 2)];
            lines.Add(Layout(atoms, start, end, indent, limit, end >= atoms.Count, spec, text, runs, scratch));
            start = end;
            first = false;
        }
        return lines;
    }

    private static string Flatten(IReadOnlyList<StyledRun> runs, out int[] runEnds)
    {
        runEnds = new int[runs.Count];
        var total = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            total += runs[r].Text?.Length ?? 0;
            runEnds[r] = total;
        }
        if (runs.Count == 1) return runs[0].Text ?? "";
        var sb = new StringBuilder(total);
        for (var r = 0; r < runs.Count; r++) sb.Append(runs[r].Text);
        return sb.ToString();
    }

    private static int CodePointAt(string text, int i, int end, out int length)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[i + 1]);
        }
        length = 1;
        return c;
    }

    private static bool IsWordChar(int cp)
    {
        if (!Rune.IsValid(cp)) return false;
        var rune = new Rune(cp);
        if (Rune.IsLetterOrDigit(rune)) return true;
        var cat = Rune.GetUnicodeCategory(rune);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static List<Atom> Tokenize(string text, IReadOnlyList<StyledRun> runs, int[] runEnds, LineSpec spec, AdvanceEm advance)
    {
        var atoms = new List<Atom>(text.Length);
        var quoteOpen = false;
        var runStart = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var end = runEnds[r];
            var role = runs[r].Role;
            var i = runStart;
            while (i < end)
            {
                var c = text[i];
                if (CjkChars.IsBreakingSpace(c))
                {
                    var j = i;
                    var w = 0.0;
                    var spaceAdvance = advance(role, ' ') * spec.FontSize;
                    while (j < end && CjkChars.IsBreakingSpace(text[j])) { w += spaceAdvance; j++; }
                    atoms.Add(new Atom { Start = i, Length = j - i, Run = r, Width = w, Kind = Kind.Space });
                    i = j;
                    continue;
                }

                var cp = CodePointAt(text, i, end, out var len);
                if (CjkChars.IsGrid(cp))
                {
                    atoms.Add(new Atom
                    {
                        Start = i, Length = len, Run = r, Width = spec.Pitch, Kind = Kind.Grid,
                        Punct = CjkChars.IsClosing(cp) ? Punct.Closing : CjkChars.IsOpening(cp) ? Punct.Opening : Punct.None,
                        NoStart = CjkChars.IsNoStart(cp),
                        NoEnd = CjkChars.IsNoEnd(cp),
                    });
                    i += len;
                    continue;
                }

                if (IsWordChar(cp))
                {
                    // A Latin word or a number: letters, digits and marks, with . or , between two digits.
                    var w = advance(role, cp) * spec.FontSize;
                    var j = i + len;
                    while (j < end)
                    {
                        var c2 = text[j];
                        if ((c2 == '.' || c2 == ',') && CjkChars.IsAsciiDigit(text[j - 1]) && j + 1 < end && CjkChars.IsAsciiDigit(text[j + 1]))
                        {
                            w += advance(role, c2) * spec.FontSize;
                            j++;
                            continue;
                        }
                        var cp2 = CodePointAt(text, j, end, out var len2);
                        if (CjkChars.IsGrid(cp2) || !IsWordChar(cp2)) break;
                        w += advance(role, cp2) * spec.FontSize;
                        j += len2;
                    }
                    atoms.Add(new Atom { Start = i, Length = j - i, Run = r, Width = w, Kind = Kind.Text });
                    i = j;
                    continue;
                }

                // A single non-CJK symbol or punctuation character.
                var atom = new Atom
                {
                    Start = i, Length = len, Run = r, Width = advance(role, cp) * spec.FontSize, Kind = Kind.Text,
                };
                if (cp == '"')
                {
                    quoteOpen = !quoteOpen;
                    atom.NoEnd = quoteOpen;
                    atom.NoStart = !quoteOpen;
                }
                else
                {
                    atom.NoStart = CjkChars.IsNoStart(cp);
                    atom.NoEnd = CjkChars.IsNoEnd(cp);
                }
                atoms.Add(atom);
                i += len;
            }
            runStart = end;
        }
        return atoms;
    }

    /// <summary>Glues a number's percent sign and Chinese units to it, and full-width digits to each other.</summary>
    private static void MarkNumberUnits(List<Atom> atoms, string text)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(atoms);
        for (var a = 0; a < span.Length; a++)
        {
            ref var atom = ref span[a];
            var last = text[atom.Start + atom.Length - 1];
            bool isNumberEnd;
            if (atom.Kind == Kind.Text)
            {
                isNumberEnd = CjkChars.IsAsciiDigit(last);
            }
            else if (atom.Kind == Kind.Grid && CjkChars.IsFullWidthDigit(last))
            {
                var next = a + 1 < span.Length && span[a + 1].Kind == Kind.Grid && span[a + 1].Length == 1
                    && CjkChars.IsFullWidthDigit(text[span[a + 1].Start]);
                if (next)
                {
                    span[a + 1].Glued = true;
                    continue;
                }
                isNumberEnd = true;
            }
            else
            {
                continue;
            }
            if (!isNumberEnd) continue;

            var b = a + 1;
            var q = atom.Start + atom.Length;
            if (b < span.Length && span[b].Length == 1 && span[b].Start == q && CjkChars.IsPercent(text[q]))
            {
                span[b].Glued = true;
                b++;
                q++;
            }
            while (b < span.Length && span[b].Kind == Kind.Grid && span[b].Start == q)
            {
                string? unit = null;
                foreach (var u in CjkChars.Units)
                {
                    if (string.CompareOrdinal(text, q, u, 0, u.Length) == 0 && q + u.Length <= text.Length)
                    {
                        unit = u;
                        break;
                    }
                }
                if (unit is null) break;
                for (var k = 0; k < unit.Length && b < span.Length; k++, b++) span[b].Glued = true;
                q += unit.Length;
                // 500多万元: a unit may follow 多; 8个多月: and 多 may follow a counter.
                if (!(unit.Length == 1 && CjkChars.IsNumberQualifier(unit[0])) && !(q < text.Length && CjkChars.IsNumberQualifier(text[q]))) break;
            }
        }
    }

    private static void MarkBreaksAndPairs(List<Atom> atoms)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(atoms);
        for (var i = 1; i < span.Length; i++)
        {
            ref var cur = ref span[i];
            ref readonly var prev = ref span[i - 1];
            cur.BreakBefore = cur.Kind != Kind.Space
                && !cur.Glued && !cur.NoStart && !prev.NoEnd
                && !(prev.Kind == Kind.Text && cur.Kind == Kind.Text);
            if (prev.Punct != Punct.None && cur.Punct != Punct.None)
            {
                if (prev.Punct == Punct.Closing) cur.Pair = 1;
                else if (cur.Punct == Punct.Opening) cur.Pair = 2;
            }
        }
    }

    /// <summary>Returns the index of the first atom of the next line.</summary>
    private static int FindBreak(List<Atom> atoms, int s, double limit, LineSpec spec, string text, IReadOnlyList<StyledRun> runs, AdvanceEm advance)
    {
        var n = atoms.Count;
        var half = spec.Pitch / 2;
        double w = 0, pending = 0;
        var any = false;
        var k = -1;
        for (var i = s; i < n; i++)
        {
            var a = atoms[i];
            if (a.Kind == Kind.Space)
            {
                if (any) pending += a.Width;
                continue;
            }
            var add = a.Width;
            if (any && a.Pair != 0) add -= half;
            if (w + pending + add > limit + Eps)
            {
                k = i;
                break;
            }
            w += pending + add;
            pending = 0;
            any = true;
        }
        if (k < 0) return n;

        if (!any)
        {
            // The first visible atom alone is wider than the line: split a long word, else set it alone.
            if (atoms[k].Kind == Kind.Text && SplitWord(atoms, k, limit, spec, text, runs, advance)) return k + 1;
            return k + 1;
        }
        if (atoms[k].BreakBefore) return k;

        var e = k + 1;
        while (e < n && !atoms[e].BreakBefore) e++;

        // 先挤进: only marks that may not start a line overflow — squeeze them in if the line's marks allow it.
        var onlyMarks = true;
        for (var j = k; j < e; j++)
        {
            if (atoms[j].Kind != Kind.Space && !atoms[j].NoStart) { onlyMarks = false; break; }
        }
        if (onlyMarks && MinWidth(atoms, s, e, half) <= limit + Eps) return e;

        // 后推出: push the whole unbreakable group to the next line.
        var b = k;
        while (b > s && !atoms[b].BreakBefore) b--;
        if (b > s) return b;

        // Last resort: the group is wider than the line.
        if (MinWidth(atoms, s, e, half) <= limit + Eps) return e;
        for (var j = k; j > s; j--)
        {
            if (atoms[j].Kind != Kind.Space && !atoms[j].NoStart && !atoms[j - 1].NoEnd) return j;
        }
        return k;
    }

    /// <summary>Splits a word atom at <paramref name="k"/> after the longest prefix (at least one character) that fits in <paramref name="limit"/>.</summary>
    private static bool SplitWord(List<Atom> atoms, int k, double limit, LineSpec spec, string text, IReadOnlyList<StyledRun> runs, AdvanceEm advance)
    {
        var a = atoms[k];
        var end = a.Start + a.Length;
        var role = runs[a.Run].Role;
        var i = a.Start;
        var w = 0.0;
        while (i < end)
        {
            var cp = CodePointAt(text, i, end, out var len);
            var cw = advance(role, cp) * spec.FontSize;
            if (i > a.Start && w + cw > limit + Eps) break;
            w += cw;
            i += len;
        }
        if (i >= end) return false;
        var rest = a;
        rest.Start = i;
        rest.Length = end - i;
        rest.Width = a.Width - w;
        rest.BreakBefore = true;
        rest.Glued = false;
        rest.NoStart = false;
        a.Length = i - a.Start;
        a.Width = w;
        a.NoEnd = false;
        atoms[k] = a;
        atoms.Insert(k + 1, rest);
        return true;
    }

    /// <summary>Width of atoms [s, e) with every squeezable mark at half width.</summary>
    private static double MinWidth(List<Atom> atoms, int s, int e, double half)
    {
        int fv = s, lv = e - 1;
        while (fv < e && atoms[fv].Kind == Kind.Space) fv++;
        while (lv >= fv && atoms[lv].Kind == Kind.Space) lv--;
        var w = 0.0;
        for (var i = fv; i <= lv; i++)
        {
            var a = atoms[i];
            w += a.Width;
            if (i > fv && a.Pair != 0) w -= half;
            if (a.Punct != Punct.None && !IsPairSqueezed(atoms, i, fv, lv)) w -= half;
        }
        return w;
    }

    private static bool IsPairSqueezed(List<Atom> atoms, int i, int fv, int lv) =>
        (i > fv && atoms[i].Pair == 2) || (i < lv && atoms[i + 1].Pair == 1);

    private static ComposedLine Layout(List<Atom> atoms, int s, int e, double indent, double limit, bool last,
        LineSpec spec, string text, IReadOnlyList<StyledRun> runs, double[] widths)
    {
        var half = spec.Pitch / 2;
        int fv = s, lv = e - 1;
        while (fv < e && atoms[fv].Kind == Kind.Space) fv++;
        while (lv >= fv && atoms[lv].Kind == Kind.Space) lv--;

        // Natural widths with pair compression.
        var natural = 0.0;
        for (var i = s; i < e; i++)
        {
            var a = atoms[i];
            var w = i < fv || i > lv ? 0 : a.Width;
            if (i > fv && i <= lv)
            {
                if (a.Pair == 1) { widths[i - 1 - s] -= half; natural -= half; }
                else if (a.Pair == 2) w -= half;
            }
            widths[i - s] = w;
            natural += w;
        }

        // 先挤进: squeeze the line-end mark, then the others evenly.
        var need = natural - limit;
        if (need > Eps && lv >= fv)
        {
            var endSqueezed = false;
            var end = atoms[lv];
            if (end.Punct == Punct.Closing && !IsPairSqueezed(atoms, lv, fv, lv))
            {
                var d = Math.Min(need, half);
                widths[lv - s] -= d;
                need -= d;
                endSqueezed = true;
            }
            if (need > Eps)
            {
                var count = 0;
                for (var i = fv; i <= lv; i++)
                {
                    if (atoms[i].Punct != Punct.None && !(endSqueezed && i == lv) && !IsPairSqueezed(atoms, i, fv, lv)) count++;
                }
                if (count > 0)
                {
                    var d = Math.Min(half, need / count);
                    for (var i = fv; i <= lv; i++)
                    {
                        if (atoms[i].Punct != Punct.None && !(endSqueezed && i == lv) && !IsPairSqueezed(atoms, i, fv, lv)) widths[i - s] -= d;
                    }
                    need -= d * count;
                }
            }
            natural = need + limit;
            if (natural < 0) natural = 0;
        }

        // Alignment.
        var x = indent;
        var extra = limit - natural;
        double perGap = 0, perSpace = 0;
        var stretchGaps = false;
        if (spec.Align == LineAlign.Justify && !last && extra > Eps && lv > fv)
        {
            var gaps = 0;
            var spaces = 0;
            for (var i = fv + 1; i <= lv; i++)
            {
                if (atoms[i].Kind == Kind.Grid || atoms[i - 1].Kind == Kind.Grid) gaps++;
                if (atoms[i].Kind == Kind.Space) spaces++;
            }
            if (gaps > 0) { perGap = extra / gaps; stretchGaps = true; }
            else if (spaces > 0) perSpace = extra / spaces;
        }
        else if (spec.Align == LineAlign.Center && extra > 0)
        {
            x += extra / 2;
        }

        var items = new PlacedText[e - s];
        for (var i = s; i < e; i++)
        {
            var a = atoms[i];
            var w = widths[i - s];
            if (stretchGaps && i > fv && i <= lv && (a.Kind == Kind.Grid || atoms[i - 1].Kind == Kind.Grid)) x += perGap;
            if (perSpace > 0 && a.Kind == Kind.Space && i > fv && i < lv) w += perSpace;
            var ink = a.Punct == Punct.Opening && w < spec.Pitch - Eps ? w - spec.Pitch : 0;
            items[i - s] = new PlacedText(Slice(text, a.Start, a.Length), runs[a.Run].Role, runs[a.Run].Bold, x, w, ink, runs[a.Run].Link, runs[a.Run].Anchor);
            x += w;
        }
        return new ComposedLine(items, natural, last);
    }

    private static string Slice(string text, int start, int length)
    {
        if (length == text.Length) return text;
        if (length == 1)
        {
            var c = text[start];
            return s_chars[c] ??= c.ToString();
        }
        return text.Substring(start, length);
    }
}
