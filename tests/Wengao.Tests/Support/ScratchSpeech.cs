using Wengao.Pipeline;

namespace Wengao.Tests.Support;

/// <summary>A speech written by a test, built with the sample's site settings and templates.</summary>
public sealed class ScratchSpeech : IDisposable
{
    private readonly TempDir _dir = new();

    public ScratchSpeech(string title, string body)
    {
        Directory.CreateDirectory(_dir["content/speeches"]);
        File.Copy(Path.Combine(Repo.Content, "site.yml"), _dir["content/site.yml"]);
        File.WriteAllText(_dir["content/speeches/2024-03-01-scratch.md"],
            $"---\ntitle: \"{title}\"\nspeaker: 张三\ndate: 2024-03-01\nsalutation: 同志们：\n---\n\n{body}\n");
        Report = SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, _dir["output"]));
    }

    public BuildReport Report { get; }
    public string Page => _dir["output/internal/site/speeches/scratch.html"];
    public string Manuscript => _dir["output/internal/pdf/scratch.pdf"];
    public string ReadingCopy => _dir["output/internal/pdf/scratch-reading.pdf"];

    /// <summary>A paragraph of plain ideographs (no punctuation, no digits) that fills exactly <paramref name="lines"/> manuscript lines.</summary>
    public static string Paragraph(int lines, char start = '甲')
    {
        var length = 26 + 28 * (lines - 1);
        return new string(Enumerable.Range(0, length).Select(i => "国家发展建设工作会议人民群众经济社会"[(i + start) % 18]).ToArray());
    }

    public void Dispose() => _dir.Dispose();
}
