using Wengao.Pipeline;
using Wengao.Pipeline.Incremental;
using Wengao.Tests.Support;

namespace Wengao.Tests.Serve;

/// <summary>
/// After an edit of each kind of input, `wengao serve`'s incremental build (a) leaves exactly the files a clean
/// `wengao build --edition public` of the same sources writes, byte for byte, PDFs included, and (b) renders again
/// exactly the outputs that depend on the edited input. The public edition: the one that masks names.
///
/// What "depends" means here — an output depends on an input when rendering it reads that input:
/// - a document's page: its source, its outcomes file, site.yml, the registry entries whose names its masking hides
///   (or now would), the templates its render read — layout.sbn, its own (speech.sbn), and every partial an `include`
///   reached as it ran, directly or through another partial — and every document's link (title, date, kind, tags,
///   speaker, occasion: the page shows its neighbours and related documents);
/// - a document's PDFs: its source, its outcomes file, site.yml (fonts, speaking rate), the registry entries of its
///   names; no HTML template;
/// - index.html, and the search index's entry and shards: every document's content (the index shows characters and speaking time);
///   a document's search chunks (search/d/…): its content and its number, newest first (a newer document renumbers the rest);
/// - archive.html, topics.html, the speaker/occasion/tag lists, feed.xml, sitemap.xml: every document's link;
/// - outcomes.html: the outcomes files; 404.html and search.html: no document at all;
/// - every page also the templates its render read; every output site.yml (title and organisation on the pages,
///   fonts and speaking rate in the PDFs, base_url in the feed and sitemap) and the registry's guards (they decide
///   every match); a static file only itself. The archetypes and content/checks/ are read by no output.
/// So a template no render reads renders nothing, and an edited partial exactly the pages that included it.
/// The lists of the sample's outputs below, and the helpers that edit and list files, are shared with the build cache's tests (Cache/BuildCacheTests).
/// </summary>
public sealed class IncrementalEqualsCleanTests : IDisposable
{
    internal const string Edition = "public";
    internal const string Speech = "bangfu-gongzuodui-zuotanhui", Briefing = "bangfu-zuotanhui-jianbao";
    internal const string SpeechPage = $"site/speeches/{Speech}.html", BriefingPage = $"site/briefings/{Briefing}.html";
    internal const string Index = "site/index.html", Outcomes = "site/outcomes.html";
    internal const string Archive = "site/archive.html", Topics = "site/topics.html", Feed = "site/feed.xml", Sitemap = "site/sitemap.xml";
    internal const string NotFound = "site/404.html", SearchPage = "site/search.html";

    // A document's PDFs, its .docx and its OFD, which are made from its first PDF's template and depend on what they depend on.
    internal static readonly string[] SpeechPdfs = [$"pdf/{Speech}-reading.pdf", $"pdf/{Speech}.pdf", $"site/pdf/{Speech}-reading.pdf", $"site/pdf/{Speech}.pdf",
        $"docx/{Speech}.docx", $"site/docx/{Speech}.docx", $"ofd/{Speech}.ofd", $"site/ofd/{Speech}.ofd"];
    internal static readonly string[] BriefingPdfs = [$"pdf/{Briefing}.pdf", $"site/pdf/{Briefing}.pdf", $"docx/{Briefing}.docx", $"site/docx/{Briefing}.docx",
        $"ofd/{Briefing}.ofd", $"site/ofd/{Briefing}.ofd"];

    // The two sample 公文: their tags are the speech's (对口帮扶, 乡村振兴, 挂职干部), and they use its outcomes file.
    internal const string Report = "bangfu-yinian-baogao", Notice = "zuotanhui-tongzhi";
    internal static readonly string[] GongwenPages = [$"site/gongwen/{Report}.html", $"site/gongwen/{Notice}.html"];
    // The 报告 is issued in four numbered copies (its issued_to), made of its PDF.
    internal static readonly string[] ReportCopies = [.. Enumerable.Range(1, 4).Select(n => $"copies/{Report}/{n:D6}.pdf")];
    internal static readonly string[] GongwenPdfs = [$"pdf/{Report}.pdf", $"site/pdf/{Report}.pdf", $"pdf/{Notice}.pdf", $"site/pdf/{Notice}.pdf", .. ReportCopies,
        $"docx/{Report}.docx", $"site/docx/{Report}.docx", $"docx/{Notice}.docx", $"site/docx/{Notice}.docx",
        $"ofd/{Report}.ofd", $"site/ofd/{Report}.ofd", $"ofd/{Notice}.ofd", $"site/ofd/{Notice}.ofd"];

    // The sample speech's speaker, occasion and tags (the briefing has none): the lists of the public edition.
    internal static readonly string[] TaxonPages =
    [
        "site/occasions/xxx赴xxx帮扶工作队慰问座谈会.html", "site/speakers/xxx.html",
        "site/tags/乡村振兴.html", "site/tags/对口帮扶.html", "site/tags/工业园区.html", "site/tags/挂职干部.html", "site/tags/财政解困.html",
    ];

    // The speech's tags the 公文 have too: their lists outlive the speech.
    internal static readonly string[] SharedTags = ["site/tags/乡村振兴.html", "site/tags/对口帮扶.html", "site/tags/挂职干部.html"];

    // The search index: its entry and shards, one output; then each document's chunks, numbered newest first (the
    // report of 2022-07-20, then those of 2022-07-01 in the kinds' order, then the notice of 2022-06-24).
    internal static readonly string[] SearchIndex = ["site/search-index.js", "site/search/s/0.js"];
    internal static readonly string[] ReportSearch = ["site/search/d/0/0-0.js"], SpeechSearch = ["site/search/d/0/1-0.js", "site/search/d/0/1-1.js"];
    internal static readonly string[] BriefingSearch = ["site/search/d/0/2-0.js"], NoticeSearch = ["site/search/d/0/3-0.js"];
    internal static readonly string[] Search = [.. SearchIndex, .. ReportSearch, .. SpeechSearch, .. BriefingSearch, .. NoticeSearch];

    internal static readonly string[] LinkLists = [Archive, Topics, Feed, Sitemap, .. TaxonPages];
    internal static readonly string[] Pages = [SpeechPage, BriefingPage, .. GongwenPages, Index, Outcomes, Archive, Topics, NotFound, SearchPage, .. TaxonPages];
    internal static readonly string[] Statics = ["site/favicon.svg", "site/print.js", "site/search.css", "site/search.js", "site/style.css"];
    internal static readonly string[] Everything = [.. Pages, .. SpeechPdfs, .. BriefingPdfs, .. GongwenPdfs, Feed, Sitemap, .. Search, .. Statics];

    private readonly TempDir _dir = new TempDir().WithSample();
    private readonly IncrementalBuild _build;

    public IncrementalEqualsCleanTests()
    {
        _build = new IncrementalBuild(new BuildOptions(_dir["content"], _dir["templates"], _dir["serve"], Edition: Edition));
        _build.Rebuild();
    }

    private string SpeechSource => _dir[$"content/speeches/2022-07-01-{Speech}.md"];
    private string BriefingSource => _dir[$"content/briefings/2022-07-01-{Briefing}.md"];

    [Fact]
    public void The_first_build_writes_the_files_a_clean_build_writes()
    {
        // The literal lists above are the sample's outputs: the other tests' expectations rest on them.
        Assert.Equal(Sorted(Everything), Files(_build.Root));
        AssertEqualsClean();
    }

    [Fact]
    public void A_speech_body_renders_its_page_its_pdfs_the_index_and_the_search_index()
    {
        Append(SpeechSource, "\n补充一段新的内容，说明后续工作安排。\n");
        AssertRebuild([SpeechSource], [SpeechPage, .. SpeechPdfs, Index, .. SearchIndex, .. SpeechSearch]);
    }

    [Fact]
    public void A_briefing_body_renders_its_page_its_pdf_the_index_and_the_search_index()
    {
        Append(BriefingSource, "\n**四、其他事项。**会议还研究了其他工作。\n");
        AssertRebuild([BriefingSource], [BriefingPage, .. BriefingPdfs, Index, .. SearchIndex, .. BriefingSearch]);
    }

    [Fact]
    public void A_speech_title_renders_its_outputs_and_every_output_that_shows_a_link()
    {
        Replace(SpeechSource, "title: 在", "title: 修改后在");
        AssertRebuild([SpeechSource], [SpeechPage, .. SpeechPdfs, BriefingPage, .. GongwenPages, Index, .. SearchIndex, .. SpeechSearch, .. LinkLists]);
    }

    [Fact]
    public void An_outcomes_figure_renders_the_documents_that_use_the_file_and_the_dashboard()
    {
        var outcomes = _dir["content/outcomes/assistance.yml"];
        Replace(outcomes, "value: 5388", "value: 5390");
        AssertRebuild([outcomes], [SpeechPage, .. SpeechPdfs, BriefingPage, .. BriefingPdfs, .. GongwenPages, .. GongwenPdfs, Outcomes, Index, .. Search]);
    }

    [Fact]
    public void The_site_title_renders_every_output_but_the_static_files()
    {
        var site = _dir["content/site.yml"];
        Replace(site, "title: 讲话与工作成效", "title: 讲话与工作成效汇编");
        AssertRebuild([site], Everything.Except(Statics));
    }

    [Fact]
    public void A_name_shown_in_the_public_edition_renders_the_documents_that_hold_it()
    {
        // 李建勤 is in the speech, not in the briefing, the outcomes file or site.yml.
        var registry = _dir["content/registry.yml"];
        Replace(registry, "role: 原市委书记\n    show: [internal]", "role: 原市委书记\n    show: [internal, public]");
        AssertRebuild([registry], [SpeechPage, .. SpeechPdfs, Index, .. SearchIndex, .. SpeechSearch]);
    }

    [Fact]
    public void A_name_hidden_in_the_public_edition_renders_the_documents_that_hold_it()
    {
        // 市委组织部 is in the briefing's distribution (送) and in the 公文 (the notice's body, the report's 抄送), nowhere else.
        var registry = _dir["content/registry.yml"];
        Replace(registry, "organisations:\n", "organisations:\n  - name: 市委组织部\n    show: [internal]\n");
        AssertRebuild([registry], [BriefingPage, .. BriefingPdfs, .. GongwenPages, .. GongwenPdfs, Index, .. SearchIndex, .. ReportSearch, .. BriefingSearch, .. NoticeSearch]);
    }

    [Fact]
    public void A_name_hidden_that_only_an_expression_writes_renders_the_document_that_writes_it()
    {
        // The speech's source does not spell 东湖镇: an expression writes it, so only the body as expanded holds it.
        Append(SpeechSource, "\n{{ \"东\" + \"湖\" }}镇的同志也来了。\n");
        AssertRebuild([SpeechSource], [SpeechPage, .. SpeechPdfs, Index, .. SearchIndex, .. SpeechSearch]);
        Assert.Contains("东湖镇的同志也来了", File.ReadAllText(Path.Combine(_build.Root, SpeechPage)));
        var registry = _dir["content/registry.yml"];
        Replace(registry, "places:\n", "places:\n  - name: 东湖镇\n    show: [internal]\n");
        AssertRebuild([registry], [SpeechPage, .. SpeechPdfs, Index, .. SearchIndex, .. SpeechSearch]);
        Assert.Contains("xxx的同志也来了", File.ReadAllText(Path.Combine(_build.Root, SpeechPage)));
    }

    [Fact]
    public void A_name_site_yml_holds_renders_every_output_but_the_static_files()
    {
        // 县委办公室 is site.yml's organisation, in every page's footer, and the briefing's issuer.
        var registry = _dir["content/registry.yml"];
        Replace(registry, "organisations:\n", "organisations:\n  - name: 县委办公室\n    show: [internal]\n");
        AssertRebuild([registry], Everything.Except(Statics));
    }

    [Fact]
    public void A_guard_word_renders_every_output_but_the_static_files()
    {
        // The guards decide every match: any masked text may change.
        var registry = _dir["content/registry.yml"];
        Replace(registry, "keep: []", "keep: [海燕同志]");
        AssertRebuild([registry], Everything.Except(Statics));
    }

    /// <summary>Each page template renders the pages it is the template of, and nothing else.</summary>
    [Theory]
    [InlineData("speech.sbn", SpeechPage)]
    [InlineData("briefing.sbn", BriefingPage)]
    [InlineData("index.sbn", Index)]
    [InlineData("outcomes.sbn", Outcomes)]
    [InlineData("archive.sbn", Archive)]
    [InlineData("topics.sbn", Topics)]
    [InlineData("404.sbn", NotFound)]
    [InlineData("search.sbn", SearchPage)]
    [InlineData("list.sbn", "site/occasions/xxx赴xxx帮扶工作队慰问座谈会.html", "site/speakers/xxx.html", "site/tags/乡村振兴.html",
        "site/tags/对口帮扶.html", "site/tags/工业园区.html", "site/tags/挂职干部.html", "site/tags/财政解困.html")]
    public void A_page_template_renders_its_pages_only(string template, params string[] pages)
    {
        var path = _dir[$"templates/html/{template}"];
        Append(path, "<!-- revised -->\n");
        AssertRebuild([path], pages);
    }

    /// <summary>A partial renders the pages whose templates include it, directly or through another partial.</summary>
    [Theory]
    [InlineData("_links.sbn", SpeechPage, BriefingPage, $"site/gongwen/{Report}.html", $"site/gongwen/{Notice}.html")]
    [InlineData("_furniture.sbn", SpeechPage, BriefingPage, $"site/gongwen/{Report}.html", $"site/gongwen/{Notice}.html")]
    [InlineData("_documents.sbn", SpeechPage, BriefingPage, $"site/gongwen/{Report}.html", $"site/gongwen/{Notice}.html", Archive, "site/occasions/xxx赴xxx帮扶工作队慰问座谈会.html", "site/speakers/xxx.html",
        "site/tags/乡村振兴.html", "site/tags/对口帮扶.html", "site/tags/工业园区.html", "site/tags/挂职干部.html", "site/tags/财政解困.html")]
    public void A_partial_renders_the_pages_that_include_it(string partial, params string[] pages)
    {
        var path = _dir[$"templates/html/{partial}"];
        Append(path, "<!-- revised -->\n");
        AssertRebuild([path], pages);
    }

    [Fact]
    public void The_layout_renders_every_page_and_no_pdf()
    {
        var layout = _dir["templates/html/layout.sbn"];
        Replace(layout, "</body>", "<!-- revised --></body>");
        AssertRebuild([layout], Pages);
    }

    /// <summary>A PDF template renders the PDFs it lays out and no page; a partial of templates/pdf/ every PDF.</summary>
    [Theory]
    [InlineData("briefing.sbn", $"pdf/{Briefing}.pdf", $"site/pdf/{Briefing}.pdf", $"docx/{Briefing}.docx", $"site/docx/{Briefing}.docx",
        $"ofd/{Briefing}.ofd", $"site/ofd/{Briefing}.ofd")]
    [InlineData("reading.sbn", $"pdf/{Speech}-reading.pdf", $"site/pdf/{Speech}-reading.pdf")]
    [InlineData("manuscript.sbn", $"pdf/{Speech}.pdf", $"site/pdf/{Speech}.pdf", $"docx/{Speech}.docx", $"site/docx/{Speech}.docx",
        $"ofd/{Speech}.ofd", $"site/ofd/{Speech}.ofd")]
    [InlineData("_heading.sbn", $"pdf/{Speech}-reading.pdf", $"pdf/{Speech}.pdf", $"site/pdf/{Speech}-reading.pdf", $"site/pdf/{Speech}.pdf",
        $"pdf/{Briefing}.pdf", $"site/pdf/{Briefing}.pdf", $"pdf/{Report}.pdf", $"site/pdf/{Report}.pdf", $"pdf/{Notice}.pdf", $"site/pdf/{Notice}.pdf",
        $"copies/{Report}/000001.pdf", $"copies/{Report}/000002.pdf", $"copies/{Report}/000003.pdf", $"copies/{Report}/000004.pdf",
        $"docx/{Speech}.docx", $"site/docx/{Speech}.docx", $"docx/{Briefing}.docx", $"site/docx/{Briefing}.docx",
        $"docx/{Report}.docx", $"site/docx/{Report}.docx", $"docx/{Notice}.docx", $"site/docx/{Notice}.docx",
        $"ofd/{Speech}.ofd", $"site/ofd/{Speech}.ofd", $"ofd/{Briefing}.ofd", $"site/ofd/{Briefing}.ofd",
        $"ofd/{Report}.ofd", $"site/ofd/{Report}.ofd", $"ofd/{Notice}.ofd", $"site/ofd/{Notice}.ofd")]
    [InlineData("gongwen.sbn", $"pdf/{Report}.pdf", $"site/pdf/{Report}.pdf", $"pdf/{Notice}.pdf", $"site/pdf/{Notice}.pdf",
        $"copies/{Report}/000001.pdf", $"copies/{Report}/000002.pdf", $"copies/{Report}/000003.pdf", $"copies/{Report}/000004.pdf",
        $"docx/{Report}.docx", $"site/docx/{Report}.docx", $"docx/{Notice}.docx", $"site/docx/{Notice}.docx",
        $"ofd/{Report}.ofd", $"site/ofd/{Report}.ofd", $"ofd/{Notice}.ofd", $"site/ofd/{Notice}.ofd")]
    public void A_pdf_template_renders_the_pdfs_it_lays_out(string template, params string[] pdfs)
    {
        var path = _dir[$"templates/pdf/{template}"];
        if (template.StartsWith('_')) Replace(path, "<title>", "<title font=\"黑体\">");
        else Replace(path, "<folio font=\"宋体\"", "<folio font=\"黑体\"");
        AssertRebuild([path], pdfs);
    }

    /// <summary>A kind's declaration is an input of its documents: they are read again, and what shows them rendered again.</summary>
    [Fact]
    public void An_edited_kind_declaration_renders_its_documents_outputs_and_the_home_page()
    {
        var declaration = _dir["templates/kinds/briefing.yml"];
        Replace(declaration, "list_title: 工作简报", "list_title: 工作简报（内部）");
        AssertRebuild([declaration], [BriefingPage, .. BriefingPdfs, Index, .. SearchIndex, .. BriefingSearch]);
    }

    [Fact]
    public void A_kinds_list_partial_renders_the_home_page_alone()
    {
        var path = _dir["templates/html/_list_speech.sbn"];
        Replace(path, "<th scope=\"col\">时长</th>", "<th scope=\"col\">讲话时长</th>");
        AssertRebuild([path], [Index]);
    }

    [Fact]
    public void An_edited_static_file_is_copied_alone()
    {
        var style = _dir["templates/html/static/style.css"];
        Append(style, "\n.revised { color: #333; }\n");
        AssertRebuild([style], ["site/style.css"]);
    }

    [Fact]
    public void A_new_static_file_is_copied_and_a_removed_one_deleted()
    {
        var added = _dir["templates/html/static/print.css"];
        File.WriteAllText(added, "@media print { header.site { display: none; } }\n");
        var removed = _dir["templates/html/static/search.js"];
        File.Delete(removed);
        var report = AssertRebuild([added, removed], ["site/print.css"]);
        Assert.Equal(["site/search.js"], report.Deleted);
    }

    [Fact]
    public void A_new_speech_renders_its_outputs_every_page_that_links_documents_and_the_lists()
    {
        var added = _dir["content/speeches/2022-08-01-xinde-jianghua.md"];
        File.WriteAllText(added, """
            ---
            title: 在对口帮扶工作推进会上的讲话
            speaker: xxx
            date: 2022-08-01
            tags: [对口帮扶, 产业协作]
            ---

            **一是提高认识。**对口帮扶工作要持续推进。
            """);
        string[] outputs = ["site/speeches/xinde-jianghua.html", "pdf/xinde-jianghua-reading.pdf", "pdf/xinde-jianghua.pdf",
            "site/pdf/xinde-jianghua-reading.pdf", "site/pdf/xinde-jianghua.pdf", "docx/xinde-jianghua.docx", "site/docx/xinde-jianghua.docx",
            "ofd/xinde-jianghua.ofd", "site/ofd/xinde-jianghua.ofd", "site/tags/产业协作.html"];
        // The newest document is number 0: every document's search chunks are renumbered, and the speech's second is 2-1 now.
        string[] renumbered = ["site/search/d/0/0-0.js", "site/search/d/0/1-0.js", "site/search/d/0/2-0.js", "site/search/d/0/2-1.js",
            "site/search/d/0/3-0.js", "site/search/d/0/4-0.js"];
        var report = AssertRebuild([added], [.. outputs, SpeechPage, BriefingPage, .. GongwenPages, Index, .. SearchIndex, .. renumbered, .. LinkLists]);
        Assert.Equal(["site/search/d/0/1-1.js"], report.Deleted);
    }

    // Without the speech (number 1), the briefing and the notice move up one: their chunks are rendered again, the report's
    // (number 0) is not; the last two files of the old numbering are left over.
    private static readonly string[] Renumbered = ["site/search/d/0/1-0.js", "site/search/d/0/2-0.js"];
    private static readonly string[] LeftOver = ["site/search/d/0/1-1.js", "site/search/d/0/3-0.js"];

    [Fact]
    public void A_deleted_speech_deletes_its_outputs_and_its_lists_and_renders_the_rest_that_link_it()
    {
        var source = SpeechSource;
        File.Delete(source);
        var report = AssertRebuild([source], [BriefingPage, .. GongwenPages, Index, .. SearchIndex, .. Renumbered, Archive, Topics, Feed, Sitemap, .. SharedTags]);
        Assert.Equal(Sorted([SpeechPage, .. SpeechPdfs, .. TaxonPages.Except(SharedTags), .. LeftOver]), report.Deleted);
    }

    [Fact]
    public void A_speech_marked_draft_is_left_out_like_a_deleted_one()
    {
        Replace(SpeechSource, "outcomes: assistance\n", "outcomes: assistance\ndraft: true\n");
        var report = AssertRebuild([SpeechSource], [BriefingPage, .. GongwenPages, Index, .. SearchIndex, .. Renumbered, Archive, Topics, Feed, Sitemap, .. SharedTags]);
        Assert.Equal(Sorted([SpeechPage, .. SpeechPdfs, .. TaxonPages.Except(SharedTags), .. LeftOver]), report.Deleted);
    }

    [Fact]
    public void A_template_no_page_includes_renders_nothing()
    {
        var added = _dir["templates/html/_unused.sbn"];
        File.WriteAllText(added, "<aside>{{ site.title }}</aside>\n");
        AssertRebuild([added], []);
    }

    [Fact]
    public void An_archetype_is_no_input_of_the_build()
    {
        var archetype = _dir["templates/archetypes/speech.md"];
        Append(archetype, "\n*其次……。*正文……\n");
        AssertRebuild([archetype], []);
    }

    [Fact]
    public void The_confusables_list_changes_the_warnings_and_renders_nothing()
    {
        // The speech writes 重情重意, a shipped confusable; the user's list allows it.
        static bool Flagged(RebuildReport r) => r.Warnings.Any(w => w.RuleId == "confusable" && w.Message.Contains("重情重意", StringComparison.Ordinal));
        Assert.True(Flagged(_build.Rebuild()));
        var confusables = _dir["content/checks/confusables.yml"];
        Directory.CreateDirectory(Path.GetDirectoryName(confusables)!);
        File.WriteAllText(confusables, "allow: [重情重意]\n");
        Assert.False(Flagged(AssertRebuild([confusables], [])));
    }

    /// <summary>Rebuilds after the edit; asserts the rendered outputs, and the folder against a clean build.</summary>
    private RebuildReport AssertRebuild(string[] changed, IEnumerable<string> rendered)
    {
        var report = _build.Rebuild(changed);
        AssertEqualsClean();
        Assert.Equal(Sorted(rendered), report.Rendered);
        return report;
    }

    private void AssertEqualsClean()
    {
        SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["clean"], Edition: Edition, Cache: false));
        var clean = _dir[$"clean/{Edition}"];
        var expected = Files(clean);
        Assert.Equal(expected, Files(_build.Root));
        foreach (var file in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_build.Root, file))),
                $"{file} differs from the clean build's");
    }

    private static void Append(string path, string text) => File.AppendAllText(path, text);

    internal static void Replace(string path, string old, string by)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(old, text, StringComparison.Ordinal); // the edit is real: the sample still holds what it replaces
        File.WriteAllText(path, text.Replace(old, by, StringComparison.Ordinal));
    }

    internal static List<string> Sorted(IEnumerable<string> paths) => [.. paths.Order(StringComparer.Ordinal)];

    internal static List<string> Files(string root) =>
        Sorted(Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));

    public void Dispose() => _dir.Dispose();
}
