using System.Xml.Linq;
using Wengao.Pipeline;
using Wengao.Diagnostics;
using Wengao.Tests.Support;
using Wengao.Model;

namespace Wengao.Tests.Safety;

/// <summary>A small site of the test's own, with a copy of the sample templates the test may change, built for real.</summary>
public sealed class SafetySite : IDisposable
{
    private readonly TempDir _dir = new();

    public SafetySite(string siteYml = "title: 安全测试\norganisation: 测试办公室\n")
    {
        TempDir.Copy(Repo.Templates, _dir["templates"]);
        Write("content/site.yml", siteYml);
    }

    public string this[string relative] => _dir[relative];
    public string Output => _dir["output"];
    public string SiteRoot => _dir["output/site"];

    public SafetySite Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_dir[relative])!);
        File.WriteAllText(_dir[relative], text);
        return this;
    }

    /// <param name="extra">more front-matter lines, each ending in a line break</param>
    public SafetySite Speech(string slug, string body, string extra = "") =>
        Write($"content/speeches/2024-03-01-{slug}.md",
            $"---\ntitle: 测试讲话\nspeaker: 张三\ndate: 2024-03-01\nsalutation: 同志们：\n{extra}---\n\n{body}\n");

    /// <summary>Where <paramref name="text"/> first stands in a file, 1-based as editors count: read from the file itself.</summary>
    public (int Line, int Column) Find(string file, string text)
    {
        var lines = File.ReadAllLines(file);
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(line >= 0, $"{text} is not in {file}");
        return (line + 1, lines[line].IndexOf(text, StringComparison.Ordinal) + 1);
    }

    public string SpeechFile(string slug) => _dir[$"content/speeches/2024-03-01-{slug}.md"];

    public BuildReport Build(bool pdf = true) => SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], Output, Pdf: pdf));

    /// <summary>The build's errors: it must fail, and leave no output behind.</summary>
    public IReadOnlyList<SourceError> Failure(bool pdf = false)
    {
        var errors = Assert.Throws<BuildFailedException>(() => Build(pdf)).Errors;
        Assert.False(Directory.Exists(Output), "a failed build left output/");
        return errors;
    }

    public IEnumerable<string> Pages => Directory.GetFiles(SiteRoot, "*.html", SearchOption.AllDirectories);

    public IEnumerable<(string Page, XDocument Html)> ParsedPages => Pages.Select(p => (p, Html.Load(p)));

    public void Dispose() => _dir.Dispose();
}
