using System.Xml.Linq;
using Wengao.Pipeline;
using Wengao.Tests.Support;

namespace Wengao.Tests.Lists;

/// <summary>
/// Eight speeches over four months of two years, by eight speakers whose names test the order (县委书记2 before
/// 县委书记10; 安, 丁, 李, 王, 县, 张 by pinyin and by strokes), all under one tag, the first with that tag written
/// twice; lists of three a page. Built without PDFs.
/// </summary>
public sealed class ListSite : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>The speakers in the order the speeches are written (slug s1 … s8), and their dates.</summary>
    public static readonly (string Speaker, string Date)[] Speeches =
    [
        ("县委书记10", "2024-02-20"), ("县委书记2", "2024-02-10"), ("张三", "2024-01-15"), ("李四", "2024-01-05"),
        ("王五", "2023-12-24"), ("安平", "2023-12-01"), ("县委书记1", "2023-11-11"), ("丁一", "2023-11-02"),
    ];

    public const string Tag = "乡村振兴";
    public const int PageSize = 3;

    public ListSite(string nameOrder = "pinyin", string extraSite = "")
    {
        Directory.CreateDirectory(_dir["content/speeches"]);
        System.IO.File.WriteAllText(_dir["content/site.yml"],
            $"title: 列表测试\norganisation: 测试办公室\nlists:\n  page_size: {PageSize}\n  name_order: {nameOrder}\n{extraSite}");
        for (var i = 0; i < Speeches.Length; i++)
        {
            var (speaker, date) = Speeches[i];
            var tags = i == 0 ? $"[{Tag}, 第二主题, {Tag}]" : $"[{Tag}]";
            System.IO.File.WriteAllText(_dir[$"content/speeches/{date}-s{i + 1}.md"],
                $"---\ntitle: 第{i + 1}篇讲话\nspeaker: {speaker}\ndate: {date}\noccasion: 全县工作会议\ntags: {tags}\n---\n\n"
                + "## 一、总体要求\n\n**一是加强领导。**要把工作抓实。\n\n**一是加强领导。**再说一遍。\n\n## 二、主要任务\n\n*首先，抓好落实。*做好各项工作。\n");
        }
        Report = SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, _dir["output"], Pdf: false));
    }

    public BuildReport Report { get; }
    public string Site => _dir["output/site"];
    public string Content => _dir["content"];

    public string File(string path) => Path.Combine(Site, path);

    public XDocument Page(string path) => Html.Load(File(path));

    /// <summary>The file a link of a page leads to, without its fragment.</summary>
    public string Target(string page, string href) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(File(page))!, Uri.UnescapeDataString(href.Split('#')[0])));

    public void Dispose() => _dir.Dispose();
}
