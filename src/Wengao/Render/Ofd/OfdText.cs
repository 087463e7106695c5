using System.Globalization;
using System.Text;

namespace Wengao.Render.Ofd;

/// <summary>A run of glyphs as a TextObject (GB/T 33190 文字对象, Table 45) with one TextCode (文字定位).</summary>
internal static class OfdText
{
    /// <summary>The whole page (A4, GB/T 9704 §5.2.1), the Boundary of a turned text, whose CTM places it.</summary>
    private const string Page = "0 0 210 297";

    /// <summary>The weight of simulated bold (文字对象 Weight: 400 normal, 700 bold), as the PDF strokes the outlines.</summary>
    private const int Bold = 700;

    public static string Object(int id, int font, PendingText run)
    {
        var m = run.Matrix;
        var ascent = run.Face.Face.AscenderEm;
        var descent = run.Face.Face.DescenderEm;
        var xml = new StringBuilder();
        double[] xs;
        if (m.Upright)
        {
            // Squeezed (a masthead narrowed to its fit): the positions are the squeezed ones, HScale narrows each glyph (文字对象 HScale).
            var size = run.Size * m.D;
            xs = [.. run.Glyphs.Select(g => OfdUnits.Mm(m.A * g.X + m.E))];
            var baseline = OfdUnits.Mm(m.D * run.Baseline + m.F);
            var last = run.Glyphs[^1];
            var right = OfdUnits.Mm(m.A * (last.X + last.Advance) + m.E);
            var top = OfdUnits.Round(baseline - OfdUnits.Mm(size * ascent));
            var height = OfdUnits.Mm(size * (ascent - descent));
            xml.Append($"<ofd:TextObject ID=\"{id}\" Boundary=\"{OfdUnits.Box(xs[0], top, right - xs[0], height)}\" Font=\"{font}\" Size=\"{OfdUnits.Number(OfdUnits.Mm(size))}\"");
            if (m.A != m.D) xml.Append($" HScale=\"{(m.A / m.D).ToString("0.####", CultureInfo.InvariantCulture)}\"");
            Attributes(xml, run);
            Code(xml, run, xs, xs[0], OfdUnits.Round(baseline - top));
        }
        else
        {
            // Turned (the watermark): the glyphs on their page positions, the page's transform as the object's CTM (图元 CTM: the object space to the Boundary's).
            xs = [.. run.Glyphs.Select(g => OfdUnits.Mm(g.X))];
            var ctm = string.Join(" ", new[] { m.A, m.B, m.C, m.D }.Select(v => Math.Round(v, 6).ToString("0.######", CultureInfo.InvariantCulture))
                .Concat([OfdUnits.Number(OfdUnits.Mm(m.E)), OfdUnits.Number(OfdUnits.Mm(m.F))]));
            xml.Append($"<ofd:TextObject ID=\"{id}\" Boundary=\"{Page}\" CTM=\"{ctm}\" Font=\"{font}\" Size=\"{OfdUnits.Number(OfdUnits.Mm(run.Size))}\"");
            Attributes(xml, run);
            Code(xml, run, xs, 0, OfdUnits.Mm(run.Baseline));
        }
        return xml.Append("</ofd:TextObject>").ToString();
    }

    private static void Attributes(StringBuilder xml, PendingText run)
    {
        if (run.Bold) xml.Append($" Weight=\"{Bold}\"");
        xml.Append($"><ofd:FillColor Value=\"{OfdUnits.Colour(run.Colour)}\"{OfdUnits.Alpha(run.Colour)}/>");
    }

    /// <param name="xs">each glyph's X on the page, in mm</param>
    /// <param name="left">the Boundary's left edge, which the TextCode's X is measured from</param>
    private static void Code(StringBuilder xml, PendingText run, double[] xs, double left, double y)
    {
        xml.Append($"<ofd:TextCode X=\"{OfdUnits.Number(xs[0] - left)}\" Y=\"{OfdUnits.Number(y)}\"");
        if (xs.Length > 1) xml.Append($" DeltaX=\"{DeltaX([.. xs.Zip(xs.Skip(1), (a, b) => OfdUnits.Round(b - a))])}\"");
        xml.Append('>').Append(OfdUnits.Escape(string.Concat(run.Glyphs.Select(g => g.Rune.ToString())))).Append("</ofd:TextCode>");
    }

    /// <summary>The advances, a run of equal ones written "g N value" (文字定位: DeltaX's "g" compression).</summary>
    public static string DeltaX(IReadOnlyList<double> deltas)
    {
        var parts = new List<string>();
        for (var i = 0; i < deltas.Count; )
        {
            var n = 1;
            while (i + n < deltas.Count && deltas[i + n] == deltas[i]) n++;
            parts.Add(n > 1 ? $"g {n} {OfdUnits.Number(deltas[i])}" : OfdUnits.Number(deltas[i]));
            i += n;
        }
        return string.Join(" ", parts);
    }
}
