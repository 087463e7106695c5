using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig;
using Wengao.Pipeline;
using Wengao.Diagnostics;
using Wengao.Tests.Support;

namespace Wengao.Tests.Redact;

/// <summary>Fictional names planted in every place a build can show them; the public edition must show none.</summary>
public sealed class EditionBuildTests : IDisposable
{
    private static readonly string[] Names = ["王大明", "赵小红", "青山公司", "白云镇", "wangdaming"];
    private readonly TempDir _dir = new();

    public EditionBuildTests()
    {
        TempDir.Copy(Repo.Templates, _dir["templates"]);
        Write("content/site.yml", "title: 白云镇讲话稿\norganisation: 青山公司办公室\neditions:\n  - name: internal\n  - name: public\n");
        Write("content/registry.yml", """
            people:
              - name: 王大明
                aliases: [大明, wangdaming]
                show: [internal]
              - name: 赵小红
                aliases: [小红]
                show: [internal]
            organisations:
              - name: 青山公司
                show: [internal]
            places:
              - name: 白云镇
                show: [internal]
            """);
        Write("content/outcomes/data.yml", """
            title: 白云镇工作成效
            source: 王大明同志报告
            figures:
              - id: jobs
                group: 青山公司
                label: 白云镇新增就业
                value: 120
                unit: 人
                note: 赵小红统计
              - id: plan
                label: 计划就业
                value: 200
                unit: 人
            charts:
              - id: jobs
                title: 白云镇就业
                figures: [plan, jobs]
                labels: [计划, 王大明任内]
            """);
        Write("content/speeches/2024-05-01-wangdaming-jianghua.md", """
            ---
            title: 在白云镇王大明同志表彰会上的讲话
            speaker: 赵小红
            occasion: 青山公司年会
            date: 2024-05-01
            salutation: 尊敬的王大明同志：
            tags: [白云镇, 表彰]
            outcomes: data
            ---

            **一、王大明同志的事迹。**王\u200B大明同志扎根白云镇，带领青山公司新增就业{{ outcomes.jobs }}。大明同志常说：“干就完了。”

            ## 二、赵小红的体会

            小红同志和ＷＡＮＧＤＡＭＩＮＧ一起，在白 云 镇工作多年。
            """);
        Write("content/briefings/2024-05-02-biaozhang.md", """
            ---
            title: 白云镇表彰王大明同志
            name: 青山公司简报
            issue: 2
            issuer: 白云镇党委
            date: 2024-05-02
            distribution:
              bao: [王大明同志]
              fa: [青山公司各部门]
            outcomes: data
            charts: [jobs]
            ---

            赵小红同志主持会议，王大明同志发言。
            """);
    }

    private void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_dir[relative])!);
        File.WriteAllText(_dir[relative], text);
    }

    private BuildReport Build() => SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["output"]));

    // Full-width Latin folded by hand: the test runs in invariant globalization mode, where Normalize leaves it.
    private static string Fold(string text) =>
        string.Concat(text.Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c)
            .Where(c => !char.IsWhiteSpace(c) && c != '\u200B')).ToLowerInvariant();

    /// <summary>Everything the edition shows: file names, HTML decoded (attributes too), PDF text, metadata and outline.</summary>
    private static string Shown(string edition)
    {
        var shown = new StringBuilder();
        foreach (var file in Directory.GetFiles(edition, "*", SearchOption.AllDirectories))
        {
            shown.Append(Path.GetRelativePath(edition, file)).Append('\n');
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                var page = Html.Load(file);
                shown.Append(string.Concat(page.DescendantNodes().OfType<XText>().Select(t => t.Value)));
                shown.Append(string.Join("\n", page.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Value)));
            }
            if (file.EndsWith(".pdf", StringComparison.Ordinal))
            {
                using var pdf = PdfDocument.Open(file);
                foreach (var p in pdf.GetPages()) shown.Append(string.Concat(p.Letters.Select(l => l.Value)));
                var info = pdf.Information;
                shown.Append(info.Title).Append(info.Author).Append(info.Subject).Append(info.Keywords);
                if (pdf.TryGetBookmarks(out var bookmarks))
                    shown.Append(string.Join("\n", bookmarks.GetNodes().Select(b => b.Title)));
            }
        }
        return Fold(shown.ToString());
    }

    [Fact]
    public void The_public_edition_shows_none_of_the_registered_names_anywhere()
    {
        var report = Build();

        var publicText = Shown(_dir["output/public"]);
        Assert.All(Names, name => Assert.DoesNotContain(Fold(name), publicText));
        Assert.Contains("xxx", publicText);
        // The internal edition is the source as written.
        var internalText = Shown(_dir["output/internal"]);
        Assert.All(Names, name => Assert.Contains(Fold(name), internalText));
        Assert.True(File.Exists(_dir["output/public/site/speeches/xxx-jianghua.html"]));
        // Nothing in one edition links to the other.
        foreach (var page in Directory.GetFiles(_dir["output/public"], "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("internal", File.ReadAllText(page));
        // The report tells the secretary what was masked.
        Assert.Contains(report.Notes, n => n.StartsWith("edition public masked:", StringComparison.Ordinal) && n.Contains("王大明 ×"));
    }

    [Fact]
    public void A_kind_content_declares_after_a_hidden_place_has_its_labels_masked_in_public()
    {
        var shipped = File.ReadAllText(Path.Combine(Repo.Templates, "kinds", "briefing.yml"));
        Assert.Contains("label: 工作简报\n", shipped);
        Write("content/kinds/briefing.yml", shipped.Replace("label: 工作简报\n", "label: 白云镇工作简报\n")
            .Replace("list_title: 工作简报\n", "list_title: 白云镇工作简报\n").Replace("label: 简报（PDF）", "label: 白云镇简报（PDF）"));

        Build();

        var publicText = Shown(_dir["output/public"]);
        Assert.DoesNotContain("白云镇", publicText);
        Assert.Contains("xxx工作简报", publicText);
        Assert.Contains("白云镇工作简报", Shown(_dir["output/internal"]));
    }

    [Fact]
    public void A_leak_fails_the_build_and_leaves_the_previous_output()
    {
        Build();
        var before = Snapshot();
        var layout = _dir["templates/html/layout.sbn"];
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</footer>", " 联系人：王大明</footer>"));

        var errors = Assert.Throws<BuildFailedException>(Build).Errors;

        Assert.Contains(errors, e => e.Message.Contains("public edition shows `王大明`") && e.Where.File.EndsWith(".html", StringComparison.Ordinal) && e.Where.Line > 1);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Two_slugs_that_mask_alike_fail_the_build_where_one_would_take_the_other_s_page()
    {
        // wangdaming-jianghua (the speech above) and zhaoxiaohong-jianghua are xxx-jianghua in the public edition.
        Write("content/registry.yml", File.ReadAllText(_dir["content/registry.yml"]).Replace("aliases: [小红]", "aliases: [小红, zhaoxiaohong]"));
        Write("content/speeches/2024-05-03-zhaoxiaohong-jianghua.md", "---\ntitle: 讲话\nspeaker: 某人\ndate: 2024-05-03\n---\n\n正文。\n");

        var error = Assert.Single(Assert.Throws<BuildFailedException>(Build).Errors);

        Assert.EndsWith("2024-05-03-zhaoxiaohong-jianghua.md", error.Where.File);
        Assert.Contains("public edition", error.Message);
        Assert.Contains("`xxx-jianghua`", error.Message);
        Assert.Contains("2024-05-01-wangdaming-jianghua.md", error.Hint);
        Assert.False(File.Exists(_dir["output/public/site/speeches/xxx-jianghua.html"]), "a build that failed wrote its output");
    }

    [Fact]
    public void Two_outcomes_files_whose_names_mask_alike_fail_the_build()
    {
        Write("content/outcomes/王大明成效.yml", "title: 成效\nfigures:\n  - id: a\n    label: 数\n    value: 1\n    unit: 人\n");
        Write("content/outcomes/赵小红成效.yml", "title: 成效\nfigures:\n  - id: a\n    label: 数\n    value: 1\n    unit: 人\n");

        var error = Assert.Single(Assert.Throws<BuildFailedException>(Build).Errors);

        Assert.EndsWith("赵小红成效.yml", error.Where.File);
        Assert.Contains("`xxx成效`", error.Message);
        Assert.Contains("王大明成效.yml", error.Hint);
    }

    [Fact]
    public void Two_figure_ids_of_a_file_that_mask_alike_fail_the_build_at_the_second()
    {
        // wangdaming_jobs and zhaoxiaohong_jobs are both xxx_jobs in public: {{ outcomes.xxx_jobs }} would read either.
        Write("content/registry.yml", File.ReadAllText(_dir["content/registry.yml"]).Replace("aliases: [小红]", "aliases: [小红, zhaoxiaohong]"));
        Write("content/outcomes/jobs.yml", "title: 成效\nfigures:\n  - id: wangdaming_jobs\n    label: 数\n    value: 1\n    unit: 人\n"
            + "  - id: zhaoxiaohong_jobs\n    label: 数\n    value: 2\n    unit: 人\n");

        var error = Assert.Single(Assert.Throws<BuildFailedException>(Build).Errors);

        Assert.EndsWith("jobs.yml", error.Where.File);
        Assert.Equal(7, error.Where.Line);
        Assert.Contains("figure ids `wangdaming_jobs`, `zhaoxiaohong_jobs` alike, to `xxx_jobs`", error.Message);
    }

    [Fact]
    public void A_pinyin_that_is_not_latin_words_and_a_surname_that_does_not_begin_the_name_are_located_errors()
    {
        Write("content/registry.yml", File.ReadAllText(_dir["content/registry.yml"])
            .Replace("aliases: [大明, wangdaming]", "aliases: [大明, wangdaming]\n    pinyin: 王大明\n    surname: 赵"));

        var errors = Assert.Throws<BuildFailedException>(Build).Errors;

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.EndsWith("registry.yml", e.Where.File));
        Assert.Contains(errors, e => e.Message.Contains("`pinyin: 王大明`") && e.Where.Line == 4 && e.Hint!.Contains("pinyin: Zhang Wei"));
        Assert.Contains(errors, e => e.Message.Contains("`surname: 赵` is not the start of the name 王大明") && e.Where.Line == 5 && e.Hint!.Contains("surname: 王"));
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(_dir["output"], "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose() => _dir.Dispose();
}
