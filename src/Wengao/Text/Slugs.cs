using System.Text.RegularExpressions;

namespace Wengao.Text;

/// <summary>
/// What names a page, a PDF, a kind or a folder: lower-case Latin letters and digits joined by '-', the same on every
/// file system and in every URL.
/// </summary>
public static partial class Slugs
{
    /// <summary>The rule as a pattern, for the regexes that read a slug inside a file name.</summary>
    public const string Pattern = "[a-z0-9]+(?:-[a-z0-9]+)*";

    /// <summary>What a slug may be, as the command line says it.</summary>
    public const string Rule = "a slug is lower-case Latin letters and digits joined by '-'; it names the page and the PDF";

    [GeneratedRegex("^" + Pattern + "$")]
    private static partial Regex Whole();

    public static bool Is(string text) => Whole().IsMatch(text);
}
