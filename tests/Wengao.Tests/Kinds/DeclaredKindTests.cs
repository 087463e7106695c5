using Wengao.Pipeline;
using Wengao.Tests.Authoring;
using Wengao.Tests.Search;
using Wengao.Tests.Support;

namespace Wengao.Tests.Kinds;

/// <summary>
/// A kind of document declared only in a content folder (tests/fixtures/kinds/minutes.yml: 会议纪要, with fields of its
/// own and no templates) is served like a speech — loaded and validated, given a page and a PDF, listed, searchable,
/// masked in the public edition and scanned for leaks, started by `wengao new`, read by `wengao import` and `check` —
/// with no code of its own.
/// </summary>
public sealed class DeclaredKindTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(Repo.Fixtures, "kinds");
    private const string Slug = "dangzu-huiyi";
    private readonly TempDir _dir = new TempDir().WithSample();

    public DeclaredKindTests()
    {
        Directory.CreateDirectory(_dir["content/kinds"]);
        File.Copy(Path.Combine(Fixtures, "minutes.yml"), _dir["content/kinds/minutes.yml"]);
        Directory.CreateDirectory(_dir["content/minutes"]);
        File.Copy(Path.Combine(Fixtures, "2024-05-10-dangzu-huiyi.md"), _dir["content/minutes/2024-05-10-dangzu-huiyi.md"]);
    }

    private BuildReport Build(bool pdf = true) =>
        SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["output"], Pdf: pdf));

    private string Site(string edition) => _dir[$"output/{edition}/site"];

    [Fact]
    public void Its_documents_get_a_page_with_their_fields_and_a_pdf_set_on_the_grid()
    {
        Build();
        var page = Html.Load(Path.Combine(Site("internal"), "minutes", Slug + ".html"));
        Assert.Equal("县政府党组2024年第5次会议纪要", page.All("h1").Single().Text());
        var meta = page.All("dd").Select(d => d.Text()).ToList();
        Assert.Contains("县长 李建勤", meta);
        Assert.Contains("王立新、张苇", meta);
        Assert.Contains("5", meta);
        Assert.Contains(page.All("dt"), dt => dt.Text() == "召集人");
        Assert.Contains(page.All("a"), a => (string?)a.Attribute("href") == $"../pdf/{Slug}.pdf");

        var lines = PdfText.Body(PdfText.Lines(Path.Combine(_dir["output/internal/pdf"], Slug + ".pdf"))).Select(l => l.Text).ToList();
        Assert.Equal(["县政府党组2024年第5次会议纪要", "（2024年5月10日）"], lines.Take(2)); // no signature block: dated under the title
        Assert.Contains(lines, l => l.StartsWith("一、关于对口帮扶资金使用", StringComparison.Ordinal));
    }

    [Fact]
    public void It_is_listed_on_the_home_page_by_its_convener_and_meeting_in_the_archive_feed_and_sitemap()
    {
        Build(pdf: false);
        var home = Html.Load(Path.Combine(Site("internal"), "index.html"));
        Assert.Equal(["讲话稿", "工作简报", "公文", "会议纪要"], home.All("h1").Select(h => h.Text()));
        Assert.Contains(home.All("a"), a => (string?)a.Attribute("href") == $"minutes/{Slug}.html");
        Assert.True(File.Exists(Path.Combine(Site("internal"), "speakers", "县长 李建勤.html")));
        Assert.True(File.Exists(Path.Combine(Site("internal"), "occasions", "县政府党组会议.html")));
        var archive = File.ReadAllText(Path.Combine(Site("internal"), "archive.html"));
        Assert.Contains($"minutes/{Slug}.html", archive);
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(Site("internal"), "feed.xml"));
        Assert.Contains(feed.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value == "县政府党组2024年第5次会议纪要");
        Assert.Contains($"minutes/{Slug}.html", File.ReadAllText(Path.Combine(Site("internal"), "sitemap.xml")));
    }

    [Fact]
    public void It_is_searchable_under_its_short_name()
    {
        Build(pdf: false);
        var found = IndexedDocument.Read(Site("internal")).Single(d => d.Url == $"minutes/{Slug}.html");
        Assert.Equal("纪要", found.Kind);
        Assert.Contains("县政府党组会议", found.Text); // its prose field
        Assert.Contains("专款专用", found.Text);
    }

    [Fact]
    public void The_public_edition_masks_its_fields_and_body_and_the_leak_scan_reads_its_outputs()
    {
        Build();
        var publicSite = Site("public");
        var published = Directory.GetFiles(_dir["output/public"], "*", SearchOption.AllDirectories);
        var mine = published.Where(p => Path.GetFileName(p).Contains("huiyi", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, mine.Count); // its page, its PDF, its .docx and its OFD, and the site's copies of the three
        foreach (var file in published.Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".js", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("李建勤", text);
            Assert.DoesNotContain("张苇", text);
        }
        var pdf = string.Concat(PdfText.Lines(Path.Combine(_dir["output/public/pdf"], Slug + ".pdf")).Select(l => l.Text));
        Assert.DoesNotContain("李建勤", pdf);
        Assert.Contains("县长xxx", pdf);
        Assert.Contains("县长 李建勤", File.ReadAllText(Path.Combine(Site("internal"), "minutes", Slug + ".html")));
        Assert.True(File.Exists(Path.Combine(publicSite, "speakers", "县长 xxx.html")));
    }

    [Fact]
    public void A_template_of_the_kind_that_leaks_a_hidden_name_fails_the_public_build_located()
    {
        // The generic page template made to print a name the registry hides: only the leak scan stands between it and the page.
        File.WriteAllText(_dir["templates/html/minutes.sbn"], "<p>李建勤</p>\n{{ page.title | html.escape }}\n");
        var declaration = File.ReadAllText(_dir["content/kinds/minutes.yml"]).Replace("label: 会议纪要", "label: 会议纪要\npage: minutes.sbn");
        File.WriteAllText(_dir["content/kinds/minutes.yml"], declaration);
        var error = Assert.Throws<Diagnostics.BuildFailedException>(() => Build(pdf: false));
        Assert.Contains(error.Errors, e => e.Where.File.EndsWith(Path.Combine("public", "site", "minutes", Slug + ".html"), StringComparison.Ordinal)
            && e.Message.Contains("李建勤", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_dir["output"]) && Directory.GetFiles(_dir["output"], "*.html", SearchOption.AllDirectories).Length > 0);
    }

    [Fact]
    public void A_missing_field_and_a_misspelt_one_are_located_errors_with_the_nearest_field()
    {
        var source = _dir["content/minutes/2024-05-10-dangzu-huiyi.md"];
        File.WriteAllText(source, File.ReadAllText(source).Replace("convener: 县长 李建勤\n", "").Replace("attendees:", "atendees:"));
        var error = Assert.Throws<Diagnostics.BuildFailedException>(() => Build(pdf: false));
        Assert.Contains(error.Errors, e => e.Message == "missing required key `convener`" && e.Where.File == source && e.Where.Line == 2);
        Assert.Contains(error.Errors, e => e.Message == "unknown key `atendees`" && e.Where.Line == 4 && e.Hint!.Contains("did you mean `attendees`?"));
    }

    [Fact]
    public void A_declaration_with_an_unknown_field_type_is_a_located_error()
    {
        var declaration = _dir["content/kinds/minutes.yml"];
        File.WriteAllText(declaration, File.ReadAllText(declaration).Replace("type: list", "type: lsit"));
        var error = Assert.Throws<Diagnostics.BuildFailedException>(() => Build(pdf: false));
        var located = Assert.Single(error.Errors);
        Assert.Equal(declaration, located.Where.File);
        Assert.Equal(13, located.Where.Line); // attendees: { type: lsit, … }
        Assert.Equal("unknown field type `lsit`", located.Message);
    }

    [Theory]
    [InlineData("folder: minutes", "folder: pdf", "the folder `pdf` is the content's or the site's own")]
    [InlineData("folder: minutes", "folder: speeches", "the kinds `speech` and `minutes` share the folder `speeches`")]
    [InlineData("author: convener", "author: chair", "`author` names `chair`, which is not a field of the kind")]
    [InlineData("  convener: {", "  date: { type: date }\n  convener: {", "`date` is a field every document has")]
    public void A_declaration_that_would_clash_is_refused_located(string line, string by, string message)
    {
        var declaration = _dir["content/kinds/minutes.yml"];
        File.WriteAllText(declaration, File.ReadAllText(declaration).Replace(line, by));
        var error = Assert.Throws<Diagnostics.BuildFailedException>(() => Build(pdf: false));
        Assert.Contains(error.Errors, e => e.Message == message && e.Where.File == declaration);
    }

    [Fact]
    public void Wengao_new_writes_its_archetype_with_every_field_and_the_source_is_a_draft_until_filled()
    {
        var (exit, stdout, stderr) = AuthoringKit.RunCli("new", "minutes", "县政府常务会议纪要", "--slug", "changwu", "--content", _dir["content"], "--templates", _dir["templates"]);
        Assert.True(exit == 0, stderr);
        var written = Directory.GetFiles(_dir["content/minutes"], "*-changwu.md").Single();
        Assert.Contains("wrote", stdout);
        var text = File.ReadAllText(written);
        Assert.Contains("\nconvener: 待填  # 召集人\n", text);
        Assert.Contains("\nmeeting: 待填  # 会议名称\n", text);
        Assert.Contains("\n# attendees: [待填]  # 出席人员\n", text);
        Assert.Contains("\ndraft: true\n", text);

        var report = Build(pdf: false); // a draft is left out: the build passes
        Assert.False(File.Exists(Path.Combine(Site("internal"), "minutes", "changwu.html")));
        File.WriteAllText(written, text.Replace("convener: 待填", "convener: 县长").Replace("meeting: 待填", "meeting: 常务会议").Replace("draft: true\n", ""));
        Build(pdf: false);
        Assert.True(File.Exists(Path.Combine(Site("internal"), "minutes", "changwu.html")));
        Assert.NotNull(report);
    }

    [Fact]
    public void Wengao_new_refuses_a_kind_no_folder_declares_naming_the_nearest()
    {
        var (exit, _, stderr) = AuthoringKit.RunCli("new", "minute", "纪要", "--content", _dir["content"], "--templates", _dir["templates"]);
        Assert.Equal(2, exit);
        Assert.Contains("`minute`: use speech, briefing, gongwen or minutes; did you mean `minutes`?", stderr);
    }

    [Fact]
    public void Wengao_import_reads_a_draft_as_the_kind_and_notes_a_draft_that_reads_as_it()
    {
        var draft = Path.Combine(Fixtures, "meeting-minutes.txt");
        var (exit, _, stderr) = AuthoringKit.RunCli("import", draft, "--content", _dir["content"], "--templates", _dir["templates"], "--slug", "fangxun", "--date", "2024-06-03");
        Assert.True(exit == 0, stderr);
        Assert.Contains("looks like a 会议纪要", stderr);
        Assert.Contains("--type minutes", stderr);

        (exit, _, stderr) = AuthoringKit.RunCli("import", draft, "--type", "minutes", "--content", _dir["content"], "--templates", _dir["templates"], "--slug", "fangxun2", "--date", "2024-06-03");
        Assert.True(exit == 0, stderr);
        var source = File.ReadAllText(Directory.GetFiles(_dir["content/minutes"], "*-fangxun2.md").Single());
        Assert.Contains("\ntitle: \"县政府常务会议纪要\"\n", source);
        Assert.Contains("\nconvener: 待填  # 召集人：原文未写明\n", source);
        Assert.Contains("\nmeeting: 待填  # 会议名称\n", source);
        Assert.DoesNotContain("speaker:", source);
        Assert.Contains("\n## 一、关于防汛工作\n", source);
    }

    [Fact]
    public void Wengao_check_proofreads_its_prose_fields_and_body()
    {
        var source = _dir["content/minutes/2024-05-10-dangzu-huiyi.md"];
        File.WriteAllText(source, File.ReadAllText(source).Replace("meeting: 县政府党组会议", "meeting: 县政府党组会议,扩大会议").Replace("每季度", "每季度,"));
        var (_, stdout, _) = AuthoringKit.RunCli("check", _dir["content"]);
        var findings = stdout.Split('\n').Where(l => l.Contains("2024-05-10-dangzu-huiyi.md:", StringComparison.Ordinal)).ToList();
        Assert.Contains(findings, l => l.Contains("dangzu-huiyi.md:4:", StringComparison.Ordinal) && l.Contains("punctuation", StringComparison.Ordinal));
        Assert.Contains(findings, l => l.Contains("dangzu-huiyi.md:15:", StringComparison.Ordinal) && l.Contains("punctuation", StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();
}
