using Wengao.Check;
using Wengao.Load;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

/// <summary>Writes a one-speech content folder and runs the checks on it.</summary>
internal static class CheckKit
{
    public const string Outcomes = """
        title: 成效
        figures:
          - { id: funds_arrived, label: 已到位帮扶资金, value: 5388, unit: 万元 }
          - { id: funds_planned, label: 5年计划投入帮扶资金, value: 1.3, unit: 亿元 }
          - { id: funds_share, label: 已到位资金占比, formula: funds_arrived / funds_planned, unit: "%", decimals: 0 }
          - { id: supplies, label: 捐赠的防疫物资价值, value: 500, qualifier: 多, unit: 万元 }
          - { id: townships, label: 全县乡镇, value: 29, unit: 个 }
          - { id: not_started, label: 尚未开工项目, value: 9, unit: 个 }
        """;

    /// <param name="front">extra front-matter lines</param>
    /// <param name="site">extra site.yml lines</param>
    /// <param name="confusables">content/checks/confusables.yml, if any</param>
    /// <param name="date">the front matter's `date`</param>
    public static IReadOnlyList<Finding> Run(string body, string front = "", string site = "", string? confusables = null, string date = "2023-01-01")
    {
        using var dir = new TempDir();
        Write(dir, body, front, site, confusables, date);
        return Checker.Run(CorpusLoader.Load(dir["content"]));
    }

    public static IReadOnlyList<Finding> Of(this IReadOnlyList<Finding> findings, string rule) =>
        findings.Where(f => f.RuleId == rule).ToList();

    public static string Write(TempDir dir, string body, string front = "", string site = "", string? confusables = null, string date = "2023-01-01")
    {
        Directory.CreateDirectory(dir["content/speeches"]);
        Directory.CreateDirectory(dir["content/outcomes"]);
        File.WriteAllText(dir["content/site.yml"], "title: 测试\n" + site);
        File.WriteAllText(dir["content/outcomes/data.yml"], Outcomes);
        if (confusables is not null)
        {
            Directory.CreateDirectory(dir["content/checks"]);
            File.WriteAllText(dir["content/checks/confusables.yml"], confusables);
        }
        var path = dir["content/speeches/2023-01-01-test.md"];
        File.WriteAllText(path, $"---\ntitle: 讲话\nspeaker: xxx\ndate: {date}\noutcomes: data\n{front}---\n\n{body}\n");
        return path;
    }
}
