using System.Text;

namespace Wengao.Tests.Fuzz;

/// <summary>
/// Makes one fuzzed input from the corpus: a seeded choice of one to three mutations of its files — bytes deleted,
/// duplicated or inserted; front-matter values and keys replaced with hostile YAML; Markdown nested deep; body and
/// template expressions that fail or never end; formulas and figures out of range; weird file names; files removed.
/// The same seed always makes the same input, so a failure is replayed from the seed in its message.
/// </summary>
internal sealed class Mutator(Random random, SortedDictionary<string, byte[]> files)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Values a front-matter or figure field may be given: empty, nested, aliased, escaped controls, huge, long.</summary>
    private static readonly string[] YamlValues =
    [
        "", "~", "null", "\"\"", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", Nested(70), Nested(5_000), Nested(100_000), "&a [*a]",
        "\"a\\u0001b\\u000bc\"", "\"\\ud800\"", "\"x\\u0000y\"", "1e400", "-1", "0", "99999999999999999999999", "NaN", ".inf",
        "2024-13-45", "'unclosed", "\"unclosed", "[unclosed", "a: b", "|\n  块文本\n  第二行", "!!binary AAAA", "*nosuch",
        new string('中', 90), new string('长', 2_000), "a/b", "a:b", "a?b", "con", "NUL", "../../etc/passwd", "\"<script>alert(1)</script>\"",
        "[a, [b, [c]]]", "{a: {b: {c: d}}}", "[" + string.Join(", ", Enumerable.Repeat("标签", 300)) + "]", "\t",
    ];

    private static readonly string[] YamlLines =
    [
        "x: y", "&a key: 1", "? [a]\n: b", "<<: *a", "[a]: b", "{a: b}: c", "*a : b", "tags: [a, a]", "title: 重复标题",
        "%YAML 1.1", "--- ", "...", "- item", "  indented: wrong", "draft: true", "draft: maybe", "outcomes: nosuch",
        "duration: -5", "date: 1900-01-01", "date: 9999-12-31", "issue: 0", "copies: 1e9",
    ];

    private static readonly string[] MarkdownBlocks =
    [
        string.Concat(Enumerable.Repeat(">", 100)) + " 深", string.Concat(Enumerable.Repeat(">", 30)) + " 较深",
        string.Join("\n", Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- 项")),
        string.Join("\n", Enumerable.Range(0, 40).Select(i => new string(' ', 3 * i) + "1. 项")),
        string.Concat(Enumerable.Repeat("> - ", 60)) + "混合", new string('*', 200) + "强调" + new string('*', 200),
        new string('[', 500) + "链接" + new string(']', 500), new string('_', 1_000), "####### 七级标题", "# ", "#",
        "```\n未闭合的代码", "<script>alert(1)</script>", "<!-- 注释", "[x](javascript:alert(1))", "![x](http://evil.example/x.png)",
        "<javascript:alert(1)>", "王秀\\\n英同志", "| a | b |\n|---|---|\n| 1 | 2 |", "[^1]\n\n[^1]: 脚注", "***", "---",
        new string('国', 20_000), string.Concat(Enumerable.Repeat("一、二、三、", 2_000)), "一是" + new string('。', 500),
        "**一是**" + string.Concat(Enumerable.Repeat("**二是**", 300)), "\t\t\t缩进", "　　全角缩进", "\u200b\u200d\ufeff零宽",
        "# 一、\n## （一）\n### 1.\n#### （1）\n##### ①", "[链接][nosuch]", "[a]: <>", "\\", "&#0;&#xD800;&nbsp;&bogus;",
    ];

    private static readonly string[] Expressions =
    [
        "{{ outcomes.nosuch }}", "{{ 1 / 0 }}", "{{ amount 1e300 }}", "{{ amount -1 }}", "{{ percent 'x' }}", "{{ percent 1e300 2 }}",
        "{{ percent 0.5 -1 }}", "{{ percent 0.5 99 }}", "{{ for i in 1..10000000 }}x{{ end }}", "{{ while true }}{{ end }}",
        "{{ cn_numeral 1e30 }}", "{{ cn_numeral -3 }}", "{{ cn_date '2024-99-99' }}", "{{ cn_date 5 }}", "{{ page.title | string.pad_left 100000000 }}",
        "{{ x = 'a'; for i in 1..22; x = x + x; end; x | string.size }}", "{{", "}}", "{{ if }}", "{{ end }}", "{{ include 'layout.sbn' }}",
        "{{ include '/etc/passwd' }}", "{{ func f; f; end; f }}", "{{ site.nosuch.deeper }}", "{{ page }}", "{{ site }}", "{{ outcomes }}",
        "{{ [1,2,3][10] }}", "{{ null.x }}", "{{ 'a' * 100000000 }}", "{{ 9999999999999999999999999999999 * 99999999999999999999 }}",
        "{{ \"\\u0001\" }}", "{{ '{{' }}", "{{ capture x }}{{ x }}{{ end }}", "{{ object.eval '1 +' }}", "{{ date.parse 'x' }}",
    ];

    /// <summary>An expression that calls itself twice, forty deep: only the time limit stops it, so it comes rarely.</summary>
    private const string Exponential = "{{ func f(n)\n if n > 0\n f(n-1)\n f(n-1)\n end\n end\n f(40) }}";

    private static readonly string[] Formulas =
    [
        "1.2.3", "..", "1..2", ".", "(" , ")", "()", "funds_arrived / 0", "funds_share * 2", "a b", "funds_planned +", "- - - 1",
        string.Concat(Enumerable.Repeat("(", 40)) + "1" + string.Concat(Enumerable.Repeat(")", 40)),
        string.Concat(Enumerable.Repeat("(", 50_000)) + "1" + string.Concat(Enumerable.Repeat(")", 50_000)),
        new string('-', 500) + "1", new string('9', 400) + " * 10", "funds_planned * " + new string('9', 300), "1e5", "1,000", "１２",
        "funds_arrived / (funds_planned - funds_planned)", string.Join(" + ", Enumerable.Repeat("funds_arrived", 2_000)), "nosuch",
    ];

    private static readonly string[] FigureLines =
    [
        "value:", "value: -1", "value: 1e300", "value: 1e19", "value: NaN", "value: .inf", "value: abc", "value: 0x10", "value: [1]",
        "decimals: -1", "decimals: 99", "decimals: 1.5", "decimals: 2147483648", "unit: 亿亿元", "unit:", "unit: \"\"", "qualifier: 多多",
        "id: funds_planned", "id: 中文", "id:", "formula:", "group: [a]", "label: \"\\u0007\"",
    ];

    private static readonly string[] FileNames =
    [
        "con.md", "nul.md", "Fuzz Speech.md", "2024-05-01-中文.md", ".md", "-.md", "2024-05-01-" + new string('x', 200) + ".md",
        "2024-05-01-a\u0001b.md", "2024-05-01-a.b.md", "2024-02-30-bad-date.md", "2024-05-01-UPPER.md", "2024-05-01-fuzz-brief.md",
    ];

    private static readonly string[] OutcomeNames = ["\"><img src=x onerror=alert(9)>.yml", "中文.yml", "CON.yml", "a b.yml", ".yml", new string('o', 200) + ".yml"];

    public List<string> Applied { get; } = [];

    public void Apply()
    {
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(100))
            {
                case < 14: Bytes(); break;
                case < 28: FrontMatterValue(); break;
                case < 34: FrontMatterLine(); break;
                case < 48: MarkdownBlock(); break;
                case < 58: Expression(Body()); break;
                case < 64: Expression(Template()); break;
                case < 72: Formula(); break;
                case < 80: FigureLine(); break;
                case < 83: Chain(); break;
                case < 89: Rename(); break;
                case < 93: Delete(); break;
                case < 95: Oversize(); break;
                case < 96: Add(Body(), Exponential, "an exponential body expression"); break;
                default: ControlCharacter(); break;
            }
        }
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private string? PickFile(Func<string, bool> where)
    {
        var matching = files.Keys.Where(where).ToList();
        return matching.Count == 0 ? null : matching[random.Next(matching.Count)];
    }

    private string? Body() => PickFile(f => f.EndsWith(".md", StringComparison.Ordinal) && f.StartsWith("content/", StringComparison.Ordinal));

    private string? Template() => PickFile(f => f.EndsWith(".sbn", StringComparison.Ordinal));

    private string Text(string file) => Utf8.GetString(files[file]);

    private void Set(string file, string text, string what)
    {
        files[file] = Utf8.GetBytes(text);
        Applied.Add($"{file}: {what}");
    }

    private void Bytes()
    {
        var file = PickFile(_ => true)!;
        var bytes = files[file].ToList();
        var at = random.Next(bytes.Count + 1);
        var length = Math.Min(1 + random.Next(64), bytes.Count - at);
        switch (random.Next(4))
        {
            case 0 when length > 0:
                bytes.RemoveRange(at, length);
                Applied.Add($"{file}: deleted {length} bytes at {at}");
                break;
            case 1 when length > 0:
                bytes.InsertRange(at, bytes.GetRange(at, length));
                Applied.Add($"{file}: duplicated {length} bytes at {at}");
                break;
            case 2:
                var inserted = Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)).ToArray();
                bytes.InsertRange(at, inserted);
                Applied.Add($"{file}: inserted {Convert.ToHexString(inserted)} at {at}");
                break;
            default:
                if (bytes.Count == 0) return;
                var where = Math.Min(at, bytes.Count - 1);
                bytes[where] = (byte)random.Next(256);
                Applied.Add($"{file}: byte {where} set to {bytes[where]:X2}");
                break;
        }
        files[file] = [.. bytes];
    }

    /// <summary>The lines of a file's YAML: the front matter of a Markdown source, the whole of a .yml file.</summary>
    private (string[] Lines, int First, int End) Yaml(string file)
    {
        var lines = Text(file).Split('\n');
        if (!file.EndsWith(".md", StringComparison.Ordinal)) return (lines, 0, lines.Length);
        var close = Array.IndexOf(lines, "---", 1);
        return (lines, 1, close < 0 ? lines.Length : close);
    }

    private void FrontMatterValue()
    {
        var file = PickFile(f => f.StartsWith("content/", StringComparison.Ordinal));
        if (file is null) return;
        var (lines, first, end) = Yaml(file);
        var keyed = Enumerable.Range(first, Math.Max(0, end - first)).Where(i => lines[i].Contains(':')).ToList();
        if (keyed.Count == 0) return;
        var line = keyed[random.Next(keyed.Count)];
        var colon = lines[line].IndexOf(':');
        var value = Pick(YamlValues);
        lines[line] = lines[line][..(colon + 1)] + " " + value;
        Set(file, string.Join('\n', lines), $"line {line + 1} value → {Shorten(value)}");
    }

    private void FrontMatterLine()
    {
        var file = PickFile(f => f.StartsWith("content/", StringComparison.Ordinal));
        if (file is null) return;
        var (lines, first, end) = Yaml(file);
        var at = first + random.Next(Math.Max(1, end - first));
        var inserted = Pick(YamlLines);
        Set(file, string.Join('\n', lines.Take(at).Append(inserted).Concat(lines.Skip(at))), $"line {at + 1} inserted {Shorten(inserted)}");
    }

    private void MarkdownBlock()
    {
        var file = Body();
        if (file is not null) Add(file, Pick(MarkdownBlocks), "a Markdown block");
    }

    private void Expression(string? file)
    {
        if (file is not null) Add(file, Pick(Expressions), "an expression");
    }

    /// <summary>Inserts <paramref name="text"/> at a line boundary after the front matter (anywhere in a template).</summary>
    private void Add(string? file, string text, string what)
    {
        if (file is null) return;
        var lines = Text(file).Split('\n').ToList();
        var bodyStart = file.EndsWith(".md", StringComparison.Ordinal) ? Math.Max(0, lines.IndexOf("---", 1)) + 1 : 0;
        var at = bodyStart + random.Next(Math.Max(1, lines.Count - bodyStart));
        lines.Insert(Math.Min(at, lines.Count), text);
        Set(file, string.Join('\n', lines), $"{what} at line {at + 1}: {Shorten(text)}");
    }

    private void Formula()
    {
        var file = PickFile(f => f.StartsWith("content/outcomes/", StringComparison.Ordinal));
        if (file is null) return;
        var text = Text(file);
        var formula = Pick(Formulas);
        var at = text.IndexOf("formula:", StringComparison.Ordinal);
        if (at < 0) return;
        var end = text.IndexOf('\n', at);
        Set(file, text[..at] + "formula: " + formula + text[(end < 0 ? text.Length : end)..], $"formula → {Shorten(formula)}");
    }

    private void FigureLine()
    {
        var file = PickFile(f => f.StartsWith("content/outcomes/", StringComparison.Ordinal));
        if (file is null) return;
        var lines = Text(file).Split('\n').ToList();
        var figures = lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("  - id:", StringComparison.Ordinal)).Select(x => x.i).ToList();
        if (figures.Count == 0) return;
        var at = figures[random.Next(figures.Count)] + 1;
        var line = Pick(FigureLines);
        var key = line[..line.IndexOf(':')];
        var existing = lines.FindIndex(at, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        if (existing >= 0 && existing < at + 8) lines[existing] = "    " + line; else lines.Insert(at, "    " + line);
        Set(file, string.Join('\n', lines), $"figure line {at + 1} → {line}");
    }

    private void Chain()
    {
        var file = PickFile(f => f.StartsWith("content/outcomes/", StringComparison.Ordinal));
        if (file is null) return;
        var length = (int[])[50, 150, 10_000];
        var n = length[random.Next(length.Length)];
        var chain = new StringBuilder();
        for (var i = 0; i < n; i++) chain.Append($"  - id: c{i}\n    label: 链\n    unit: 名\n    formula: c{i + 1} + 1\n");
        chain.Append($"  - id: c{n}\n    label: 链\n    unit: 名\n    value: 1\n");
        var text = Text(file);
        var at = text.IndexOf("figures:\n", StringComparison.Ordinal);
        if (at < 0) return;
        Set(file, text.Insert(at + "figures:\n".Length, chain.ToString()), $"a chain of {n} formulas");
    }

    private void Rename()
    {
        var outcomes = random.Next(3) == 0;
        var file = outcomes ? PickFile(f => f.StartsWith("content/outcomes/", StringComparison.Ordinal)) : Body();
        if (file is null) return;
        var name = outcomes ? Pick(OutcomeNames) : Pick(FileNames);
        var renamed = file[..(file.LastIndexOf('/') + 1)] + name;
        if (files.ContainsKey(renamed)) return;
        files[renamed] = files[file];
        files.Remove(file);
        Applied.Add($"{file}: renamed {Shorten(name)}");
    }

    private void Delete()
    {
        var file = PickFile(_ => true)!;
        files.Remove(file);
        Applied.Add($"{file}: deleted");
    }

    /// <summary>A source over the size limit (4 MiB): a paragraph repeated.</summary>
    private void Oversize()
    {
        var file = Body();
        if (file is null) return;
        var paragraph = Utf8.GetBytes("\n\n" + new string('国', 1_000));
        var text = files[file].ToList();
        while (text.Count < 4_300_000) text.AddRange(paragraph);
        files[file] = [.. text];
        Applied.Add($"{file}: grown to {text.Count / 1_000_000.0:0.0} MB");
    }

    private void ControlCharacter()
    {
        var file = Body();
        if (file is null) return;
        var text = Text(file);
        var at = random.Next(text.Length + 1);
        var c = (char)random.Next(0x20);
        Set(file, text.Insert(at, c.ToString()), $"control character U+{(int)c:X4} at {at}");
    }

    private static string Shorten(string text)
    {
        var flat = text.Replace("\n", "⏎");
        return flat.Length <= 60 ? flat : flat[..60] + $"… ({text.Length} chars)";
    }
}
