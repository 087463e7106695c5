using System.Globalization;
using PdfSharp.Drawing;
using Wengao.Model;
using Wengao.Render.Pdf.Compose;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Render.Pdf.Layout;

/// <summary>How the layout markup writes sizes, lengths, colours, fonts and switches; each refused value says what is allowed.</summary>
internal static class MarkupValues
{
    /// <summary>
    /// The sizes of Chinese type (字号) in points, as GB/T 9704 names them (三号 for the body, 二号 for the title …).
    /// </summary>
    private static readonly Dictionary<string, double> Hao = new(StringComparer.Ordinal)
    {
        ["初号"] = 42, ["小初"] = 36, ["一号"] = 26, ["小一"] = 24, ["二号"] = 22, ["小二"] = 18, ["三号"] = 16,
        ["小三"] = 15, ["四号"] = 14, ["小四"] = 12, ["五号"] = 10.5, ["小五"] = 9, ["六号"] = 7.5, ["小六"] = 6.5,
    };

    private static readonly string SizeHint = $"a size is a 字号 ({string.Join(" ", Hao.Keys)}) or points, e.g. 16pt";

    /// <summary>A type size: 三号, 小初, or 15.5pt.</summary>
    public static double Size(string value) =>
        Hao.TryGetValue(value, out var points) ? points
        : Number(value, "pt") is { } pt and > 0 ? pt
        : throw new MarkupException($"`{value}` is no type size", SizeHint);

    /// <summary>A length on the page: 20mm or 1.5pt.</summary>
    public static double Length(string value) =>
        Number(value, "mm") is { } mm and >= 0 ? mm * PageGrid.Mm
        : Number(value, "pt") is { } pt and >= 0 ? pt
        : throw new MarkupException($"`{value}` is no length", "a length is millimetres or points, e.g. 20mm or 1.5pt");

    /// <summary>A count: characters per line, grid lines, characters of indent.</summary>
    public static int Count(string value, int min = 0) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min ? n
        : throw new MarkupException($"`{value}` is no whole number of at least {min}", "write digits, e.g. 2");

    /// <summary>Characters of indent, which may be a fraction (a hanging 0.5).</summary>
    public static double Characters(string value) =>
        Number(value, "") is { } n and >= 0 ? n
        : throw new MarkupException($"`{value}` is no number of characters", "write a number of characters, e.g. 2 or 0.5");

    /// <summary>A colour: #RRGGBB, or black.</summary>
    public static XColor Colour(string value)
    {
        if (value == "black") return XColors.Black;
        if (value.Length == 7 && value[0] == '#' && int.TryParse(value[1..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
            return XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        throw new MarkupException($"`{value}` is no colour", "a colour is #RRGGBB (GB/T 9704's red is #E60012) or black");
    }

    /// <summary>A font role by its Chinese name (仿宋 小标宋 黑体 楷体 宋体) or its id in site.yml (fangsong …).</summary>
    public static FontRole Font(string value)
    {
        foreach (var role in Enum.GetValues<FontRole>())
            if (FontChains.ChineseName(role) == value || FontChains.SiteKey(role) == value) return role;
        throw new MarkupException($"`{value}` is no font role",
            $"the roles are {string.Join(" ", Enum.GetValues<FontRole>().Select(r => $"{FontChains.ChineseName(r)} ({FontChains.SiteKey(r)})"))}");
    }

    /// <summary>An angle in degrees, counter-clockwise: 45 or 30.5.</summary>
    public static double Degrees(string value) =>
        (Number(value, "") ?? Number(value, "deg")) is { } n and <= 360 ? n
        : throw new MarkupException($"`{value}` is no angle", "an angle is degrees counter-clockwise from 0 to 360, e.g. 45");

    public static bool Switch(string value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => throw new MarkupException($"`{value}` is neither yes nor no", "write yes or no"),
    };

    /// <summary>left, centre, right or justify.</summary>
    public static Align Alignment(string value) => value switch
    {
        "left" => Align.Left,
        "centre" or "center" => Align.Centre,
        "right" => Align.Right,
        "justify" => Align.Justify,
        _ => throw new MarkupException($"`{value}` is no alignment", "write left, centre, right or justify"),
    };

    public static T OneOf<T>(string value, IReadOnlyDictionary<string, T> allowed) =>
        allowed.TryGetValue(value, out var v) ? v
        : throw new MarkupException($"`{value}` is not allowed here", $"write one of {string.Join(", ", allowed.Keys)}");

    private static double? Number(string value, string unit) =>
        value.EndsWith(unit, StringComparison.Ordinal)
        && double.TryParse(value.AsSpan(0, value.Length - unit.Length), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? n : null;
}

/// <summary>Where a line of text sits: <see cref="LineAlign"/> and, set after composing, flush right.</summary>
internal enum Align { Left, Centre, Right, Justify }
