namespace Wengao.Tests.Support;

/// <summary>The founding speech as published: its title, salutation and paragraphs, without the scraping site's chrome.</summary>
public static class Seed
{
    public const string Title = "在xxx赴xxx帮扶工作队慰问座谈会上的发言";

    private static readonly string[] Lines = File.ReadAllLines(Repo.SeedFile)
        .Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    public static string Salutation => Lines.First(l => l.StartsWith("尊敬的", StringComparison.Ordinal));

    /// <summary>The paragraphs between the salutation and the site's footer ("221381").</summary>
    public static IReadOnlyList<string> Paragraphs { get; } = Lines
        .SkipWhile(l => !l.StartsWith("尊敬的", StringComparison.Ordinal)).Skip(1)
        .TakeWhile(l => l != "221381").ToArray();

    /// <summary>Text compared without white space, which layout may add or remove.</summary>
    public static string Normalise(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
