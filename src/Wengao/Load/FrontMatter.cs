using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Splits a Markdown source into its YAML front matter (between `---` lines) and its body.</summary>
/// <param name="Head">the text before the body: the front matter as written, with its `---` lines</param>
internal sealed record FrontMatter(string Head, string Yaml, string Body, int BodyLine)
{
    public static FrontMatter Split(string text, string path)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            throw new BuildFailedException(new SourceError(new(path, 1, 1), "the file does not start with front matter",
                "begin the file with a line `---`, the YAML fields (title, speaker, date, …), and another `---`"));
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var end = close < 0 && text.EndsWith("\n---", StringComparison.Ordinal) ? text.Length - 4 : close;
        if (end < 0)
            throw new BuildFailedException(new SourceError(new(path, 1, 1), "the front matter is not closed",
                "end the YAML fields with a line `---` before the text of the speech"));
        var yaml = text[4..(end + 1)];
        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyLine = 2 + yaml.Count(c => c == '\n') + 1;
        return new FrontMatter(text[..bodyStart], yaml, text[bodyStart..], bodyLine);
    }
}
