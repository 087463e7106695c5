using System.Globalization;
using System.Text;

namespace Wengao.Tests.Support;

/// <summary>
/// A corpus of N speeches shaped like the shared bench corpus (../shared/bench/gen_corpus.py, which tests cannot read):
/// about 3,400 characters each, sentences of official writing with figures of their own, 37 speakers (县委书记0 … 36),
/// one occasion each, two of 12 tags, dates from 2020-01-01 over 1,500 days. The same speeches every time. Its figures
/// have at most three digits (and years), so the planted ones are the only 5388 and 53886 (<see cref="Plant"/>).
/// </summary>
public static class SpeechCorpus
{
    public const int Speakers = 37, Days = 1500;
    public static readonly DateOnly First = new(2020, 1, 1);

    private static readonly string[] Tags = ["对口帮扶", "乡村振兴", "工业园区", "人才交流", "财政", "旅游联盟", "疫情防控", "生态环境", "民生保障", "基层治理", "招商引资", "教育医疗"];
    private static readonly string[] Nouns = ("产业 园区 项目 资金 人才 干部 群众 企业 市场 投资 消费 财政 税收 土地 住房 社区 乡镇 村集体 合作社 农产品 粮油 茶叶 中药材 "
        + "交通 水利 电网 物流 冷链 电商 文旅 景区 学校 医院 卫生院 养老 就业 培训 科技 标准 品牌 生态 环境 河湖 森林 耕地 安全 应急 "
        + "防汛 消防 信访 矛盾纠纷 营商环境 政务服务 数字政府 基层党建 作风建设 廉政建设 重点工程 民生实事 债务风险 招商引资 开放合作").Split(' ');
    private static readonly string[] Verbs = "推进 落实 加强 完善 提升 优化 深化 统筹 保障 巩固 拓展 培育 壮大 规范 整治 攻坚 谋划 储备 争取 盘活 补齐 筑牢 健全 压实".Split(' ');
    private static readonly string[] Adverbs = "扎实 全力 持续 有序 着力 切实 坚决 深入 系统 精准".Split(' ');
    private static readonly string[] Units = ["万元", "亿元", "个", "家", "名", "户", "亩", "公里", "吨", "%", "所", "台"];
    private static readonly string[] Places = ["东城", "西岭", "南河", "北坪", "青石", "白沙", "红岩", "金台", "龙泉", "桂花", "柳溪", "松林"];

    /// <summary>Sentences only some speeches hold, by speech: whole figures against a longer one, a full-width query's target.</summary>
    public static readonly IReadOnlyDictionary<int, string> Plant = new Dictionary<int, string>
    {
        [7] = "截至目前，累计投入53886元用于修缮村道。",
        [8] = "目前已到位5388万元，远超计划年投入进度。",
    };

    public static DateOnly DateOf(int i) => First.AddDays(i % Days);

    public static string SpeakerOf(int i) => $"县委书记{i % Speakers}";

    public static string TitleOf(int i) => $"在{Places[i % Places.Length]}第{i + 1}次{Nouns[i % Nouns.Length]}工作座谈会上的发言";

    /// <summary>Writes content/speeches/NNNNN.md for N speeches, with the sample's site.yml and outcomes (its editions and data).</summary>
    public static void Write(string content, int count)
    {
        TempDir.Copy(Path.Combine(Repo.Content, "outcomes"), Path.Combine(content, "outcomes"));
        File.Copy(Path.Combine(Repo.Content, "site.yml"), Path.Combine(content, "site.yml"));
        Directory.CreateDirectory(Path.Combine(content, "speeches"));
        var random = new Xorshift(42);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(content, "speeches", $"{i:D5}.md"), Speech(i, random), Encoding.UTF8);
    }

    private static string Speech(int i, Xorshift random)
    {
        var tag = Tags[i % Tags.Length];
        var other = Tags[(i % Tags.Length + 1 + random.Next(Tags.Length - 1)) % Tags.Length];
        var text = new StringBuilder($"""
            ---
            title: "{TitleOf(i)}"
            date: {DateOf(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            speaker: "{SpeakerOf(i)}"
            occasion: "{random.Pick(Nouns)}工作座谈会（第{i + 1}次）"
            tags: [{tag}, {other}]
            ---

            """);
        for (var paragraph = 0; paragraph < 16; paragraph++)
        {
            if (paragraph is 3 or 10) text.Append($"## 第{paragraph}部分\n\n");
            for (var sentence = 5 + random.Next(4); sentence > 0; sentence--) text.Append(Sentence(random));
            if (paragraph == 5 && Plant.TryGetValue(i, out var planted)) text.Append(planted);
            text.Append("\n\n");
        }
        return text.ToString();
    }

    private static string Sentence(Xorshift random)
    {
        var (n1, n2, n3) = (random.Pick(Nouns), random.Pick(Nouns), random.Pick(Nouns));
        var (v1, v2) = (random.Pick(Verbs), random.Pick(Verbs));
        return random.Next(5) switch
        {
            0 => $"要{random.Pick(Adverbs)}{v1}{n1}{n2}，{v2}{n3}，确保取得实效。",
            1 => $"今年以来，{random.Pick(Places)}镇{v1}{n1}{Figure(random)}，{v2}{n2}{Figure(random)}。",
            2 => $"我们坚持把{n1}作为{n2}的重要抓手，{v1}{n3}，累计完成{Figure(random)}，同比增长{1 + random.Next(29)}.{random.Next(10)}%。",
            3 => $"下一步，要围绕{n1}{v1}{n2}，力争到{2024 + random.Next(7)}年{v2}{n3}{Figure(random)}。",
            _ => $"{random.Pick(Places)}{n1}{v1}工作走在前列，{n2}和{n3}同步{v2}。",
        };
    }

    // At most three digits before the point: no figure of the corpus is 5388 or 53886 but those planted.
    private static string Figure(Xorshift random) => random.Next(3) switch
    {
        0 => $"{2 + random.Next(98)}{random.Pick(Units)}",
        1 => $"{100 + random.Next(900)}{random.Pick(Units)}",
        _ => $"{1 + random.Next(98)}.{random.Next(10)}{random.Pick(Units)}",
    };

    /// <summary>xorshift32: the same numbers on every runtime (System.Random's seeded sequence is not promised to stay).</summary>
    private sealed class Xorshift(uint state)
    {
        public int Next(int below)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return (int)(state % (uint)below);
        }

        public string Pick(string[] words) => words[Next(words.Length)];
    }
}
