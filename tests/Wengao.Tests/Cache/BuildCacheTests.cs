using System.Security.Cryptography;
using System.Text;
using MemoryPack;
using Wengao.Pipeline.Cache;
using Wengao.Pipeline;
using Wengao.Tests.Fonts;
using Wengao.Tests.Support;
using static Wengao.Tests.Serve.IncrementalEqualsCleanTests;
using Sample = Wengao.Tests.Serve.IncrementalEqualsCleanTests;

namespace Wengao.Tests.Cache;

/// <summary>
/// `wengao build` with its persistent cache (docs/cache.md), the public edition of the sample (the one that masks
/// names): after an edit of each kind of input it renders exactly the outputs that depend on it, links every other
/// file from the last output (same inode), and leaves the same bytes as a clean build into a new folder; a damaged or
/// stale cache is said to be ignored and gives a full build; a build stopped before or after its swap leaves output/
/// and the cache consistent. What depends on what is the plan's (see IncrementalEqualsCleanTests), except that
/// site.yml, registry.yml and the kinds are in the cache's version: an edit of one renders every output, and the
/// files whose bytes did not change are linked all the same.
/// </summary>
public sealed class BuildCacheTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();
    private int _cleanBuilds;

    private string Output => _dir["output"];
    private string Built => Path.Combine(Output, Edition);
    private string Manifest => Path.Combine(OutputFolder.WorkFolder(Output), "cache", $"edition.{Edition}.manifest");
    private string CheckManifest => Path.Combine(OutputFolder.WorkFolder(Output), "cache", "checks.manifest");
    private string SpeechSource => _dir[$"content/speeches/2022-07-01-{Speech}.md"];

    // What a document's PDFs are made of besides the document: every PDF, .docx and OFD of the sample.
    private static readonly string[] Typeset = [.. SpeechPdfs, .. BriefingPdfs, .. GongwenPdfs];

    [Fact]
    public void A_build_without_a_change_reports_the_last_build_and_leaves_the_output_as_it_was()
    {
        var first = Build();
        var before = Snapshot(Built);
        var times = Times(Built);
        var again = Build();
        Assert.Contains(again.Notes, n => n.StartsWith("nothing changed since the last build", StringComparison.Ordinal));
        Assert.Empty(again.Cache.Rendered);
        Assert.Empty(again.Cache.Written);
        Assert.Equal((first.HtmlPages, first.PdfFiles, first.PdfPages), (again.HtmlPages, again.PdfFiles, again.PdfPages));
        Assert.Equal(first.Notes.Where(n => !n.StartsWith("cache ", StringComparison.Ordinal)), again.Notes.SkipLast(1));
        AssertSameWarnings(first, again);
        Assert.Equal(before, Snapshot(Built));
        Assert.Equal(times, Times(Built));
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("deleted")]
    [InlineData("added")]
    public void An_output_file_changed_by_hand_is_built_again(string change)
    {
        Build();
        var page = Path.Combine(Built, SpeechPage);
        switch (change)
        {
            case "edited": File.AppendAllText(page, "<!-- by hand -->"); break;
            case "deleted": File.Delete(page); break;
            default: File.WriteAllText(Path.Combine(Built, "site/extra.html"), "<p>by hand</p>"); break;
        }
        // The hand-made file is no output of the plan: the build replaces the folder without it, rendering nothing.
        AssertBuild(change == "added" ? [] : [SpeechPage]);
    }

    [Fact]
    public void A_source_touched_but_not_changed_renders_nothing_and_links_every_file()
    {
        var first = Build();
        Assert.Equal(Sorted(Everything), first.Cache.Rendered);
        Assert.Equal(Sorted(Everything), first.Cache.Written);
        var inode = Inode(SpeechPage);
        File.SetLastWriteTimeUtc(SpeechSource, DateTime.UtcNow.AddMinutes(1));
        var again = Build();
        Assert.DoesNotContain(again.Notes, n => n.StartsWith("nothing changed since the last build", StringComparison.Ordinal));
        Assert.Empty(again.Cache.Rendered);
        Assert.Empty(again.Cache.Written);
        Assert.Equal(Everything.Length, again.Cache.Linked);
        Assert.Equal(0, again.Cache.Checked);
        Assert.Equal(inode, Inode(SpeechPage));
        Assert.Equal((first.HtmlPages, first.PdfFiles, first.PdfPages), (again.HtmlPages, again.PdfFiles, again.PdfPages));
        AssertSameWarnings(first, again);
        AssertEqualsClean();
    }

    [Fact]
    public void A_speech_body_renders_its_page_its_pdfs_the_index_and_the_search_index()
    {
        Build();
        var (briefing, before) = (Inode(BriefingPage), Snapshot(Built));
        File.AppendAllText(SpeechSource, "\n补充一段新的内容，说明后续工作安排。\n");
        var report = AssertBuild([SpeechPage, .. SpeechPdfs, Sample.Index, .. SearchIndex, .. SpeechSearch]);
        // Of those rendered, the files whose bytes did not change (a search chunk before the edit) are linked too.
        Assert.Equal(Changed(before), report.Cache.Written);
        Assert.Equal(1, report.Cache.Checked);
        Assert.Equal(briefing, Inode(BriefingPage));
        Assert.NotEqual(Inode(SpeechPage), Inode(BriefingPage));
    }

    [Fact]
    public void A_source_linked_from_elsewhere_is_known_by_the_file_it_links_to()
    {
        // The link itself does not change when the file it leads to does: the cache reads the file, as the loader does.
        var elsewhere = _dir["elsewhere.md"];
        File.Move(SpeechSource, elsewhere);
        File.CreateSymbolicLink(SpeechSource, elsewhere);
        Build();
        File.AppendAllText(elsewhere, "\n补充一段新的内容。\n");
        AssertBuild([SpeechPage, .. SpeechPdfs, Sample.Index, .. SearchIndex, .. SpeechSearch]);
    }

    [Fact]
    public void An_outcomes_figure_renders_the_documents_that_use_the_file_and_the_dashboard()
    {
        Build();
        Replace(_dir["content/outcomes/assistance.yml"], "value: 5388", "value: 5390");
        AssertBuild([SpeechPage, .. SpeechPdfs, BriefingPage, .. BriefingPdfs, .. GongwenPages, .. GongwenPdfs, Outcomes, Sample.Index, .. Sample.Search]);
    }

    [Fact]
    public void A_page_template_renders_the_pages_that_read_it_and_a_pdf_template_the_pdfs_it_lays_out()
    {
        Build();
        File.AppendAllText(_dir["templates/html/speech.sbn"], "<!-- revised -->\n");
        AssertBuild([SpeechPage]);
        File.AppendAllText(_dir["templates/html/_links.sbn"], "<!-- revised -->\n");
        AssertBuild([SpeechPage, BriefingPage, .. GongwenPages]);
        Replace(_dir["templates/pdf/reading.sbn"], "<folio font=\"宋体\"", "<folio font=\"黑体\"");
        AssertBuild([$"pdf/{Speech}-reading.pdf", $"site/pdf/{Speech}-reading.pdf"]);
    }

    [Fact]
    public void Site_yml_renders_every_output_and_writes_only_the_files_that_changed()
    {
        Build();
        var (style, before) = (Inode("site/style.css"), Snapshot(Built));
        Replace(_dir["content/site.yml"], "title: 讲话与工作成效", "title: 讲话与工作成效汇编");
        var report = AssertBuild(Everything);
        Assert.Contains($"cache {Manifest}: content changed since it was written; ignored, full build", report.Notes);
        // The title is on every page; the files that do not show it (the static files, the PDFs) are linked.
        Assert.Equal(Changed(before), report.Cache.Written);
        Assert.Contains(SpeechPage, report.Cache.Written);
        Assert.DoesNotContain($"pdf/{Speech}.pdf", report.Cache.Written);
        Assert.Equal(style, Inode("site/style.css"));
    }

    [Fact]
    public void A_registry_edit_renders_every_output_and_writes_those_of_the_documents_that_hold_the_name()
    {
        Build();
        var before = Snapshot(Built);
        // 李建勤 is in the speech, not in the briefing, the outcomes file or site.yml.
        Replace(_dir["content/registry.yml"], "role: 原市委书记\n    show: [internal]", "role: 原市委书记\n    show: [internal, public]");
        var report = AssertBuild(Everything);
        string[] holding = [SpeechPage, .. SpeechPdfs, Sample.Index, .. SearchIndex, .. SpeechSearch];
        Assert.Equal(Changed(before), report.Cache.Written);
        Assert.Subset(holding.ToHashSet(), report.Cache.Written.ToHashSet());
        Assert.Contains(SpeechPage, report.Cache.Written);
        Assert.Contains($"pdf/{Speech}.pdf", report.Cache.Written);
    }

    [Fact]
    public void A_font_file_renders_every_pdf_docx_and_ofd_and_no_page()
    {
        // The project's own 楷体, named in site.yml; then the file is replaced by another font under the same name.
        var font = _dir["content/fonts/kai.ttf"];
        Directory.CreateDirectory(Path.GetDirectoryName(font)!);
        File.Copy(SystemFonts.Kai, font);
        File.AppendAllText(_dir["content/site.yml"], "\nfonts:\n  kaiti: [fonts/kai.ttf]\n");
        Build();
        File.Copy(SystemFonts.Sung, font, overwrite: true);
        var report = AssertBuild(Typeset);
        Assert.DoesNotContain(report.Cache.Written, f => f.EndsWith(".html", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("edited entry")]
    [InlineData("other format")]
    [InlineData("other Wengao")]
    public void A_damaged_or_stale_cache_is_ignored_with_a_message_and_gives_a_full_build(string damage)
    {
        Build();
        var before = Snapshot(Built);
        File.AppendAllText(SpeechSource, "\n补充一段新的内容。\n");
        // Each damage would, if trusted, leave the speech's page as it was: its entry's fingerprint is edited to be anything.
        var reason = Damage<OutputManifest>(Manifest, damage,
            entries => entries with { Outputs = new(entries.Outputs) { [SpeechPage] = entries.Outputs[SpeechPage] with { Inputs = "0000" } } }, entries => entries.Version);
        var report = AssertBuild(Everything);
        Assert.Contains($"cache {Manifest}: {reason}; ignored, full build", report.Notes);
        // A damaged manifest is not read at all; a stale one's files' hashes still say which files are the same.
        if (damage == "other Wengao") Assert.Equal(Changed(before), report.Cache.Written);
        else Assert.Equal(Sorted(Everything), report.Cache.Written);
        Assert.Empty(Build().Cache.Rendered); // the manifest written by the full build is whole again
    }

    [Fact]
    public void A_damaged_check_cache_checks_every_document_and_warns_as_a_clean_build()
    {
        var first = Build();
        File.SetLastWriteTimeUtc(SpeechSource, DateTime.UtcNow.AddMinutes(1)); // so that the build does not stop at "nothing changed"
        var bytes = File.ReadAllBytes(CheckManifest);
        bytes[^1] ^= 1; // one bit of its last entry
        File.WriteAllBytes(CheckManifest, bytes);
        var report = Build();
        Assert.Contains($"cache {CheckManifest}: damaged (its checksum does not match its entries); ignored, every document checked", report.Notes);
        Assert.Equal(4, report.Cache.Checked);
        AssertSameWarnings(first, report);
        AssertSameWarnings(Clean(), report);
    }

    [Fact]
    public void A_build_stopped_before_its_swap_leaves_the_output_and_the_cache_as_they_were()
    {
        Build();
        var before = Snapshot(Built);
        var manifest = File.ReadAllBytes(Manifest);
        File.AppendAllText(SpeechSource, "\n补充一段新的内容。\n");
        Assert.Throws<IOException>(() => Build(new BuildOptions(_dir["content"], _dir["templates"], Output, Edition: Edition)
        {
            BeforeCommit = () => throw new IOException("stopped before the swap"),
        }));
        Assert.Equal(before, Snapshot(Built));
        Assert.Equal(manifest, File.ReadAllBytes(Manifest));
        AssertBuild([SpeechPage, .. SpeechPdfs, Sample.Index, .. SearchIndex, .. SpeechSearch]);
    }

    [Fact]
    public void A_build_stopped_after_its_swap_leaves_a_cache_whose_entries_of_the_replaced_files_no_longer_match()
    {
        Build();
        var source = File.ReadAllText(SpeechSource);
        File.AppendAllText(SpeechSource, "\n补充一段新的内容。\n");
        Assert.Throws<IOException>(() => Build(new BuildOptions(_dir["content"], _dir["templates"], Output, Edition: Edition)
        {
            BeforeCacheSaved = () => throw new IOException("stopped after the swap"),
        }));
        // The output is the edited speech's, the manifest the build before's; the source back as that build had it.
        Assert.Contains("补充一段新的内容", File.ReadAllText(Path.Combine(Built, SpeechPage)));
        File.WriteAllText(SpeechSource, source);
        AssertBuild([SpeechPage, .. SpeechPdfs, Sample.Index, .. SearchIndex, .. SpeechSearch]);
        Assert.DoesNotContain("补充一段新的内容", File.ReadAllText(Path.Combine(Built, SpeechPage)));
    }

    private string RecycledTree => Path.Combine(OutputFolder.WorkFolder(Output), OutputFolder.RecycledName);

    /// <summary>A build, an edit of the speech, a build: the first build's tree is then the recycled one.</summary>
    private void BuildEditBuild()
    {
        Build();
        File.AppendAllText(SpeechSource, "\n补充一段新的内容。\n");
        Build();
    }

    [Fact]
    public void An_edit_build_stages_into_the_tree_the_last_build_replaced_and_leaves_a_clean_builds_bytes()
    {
        BuildEditBuild();
        // The first build's tree, replaced by the second: kept, its unchanged files the output's own (the same inode).
        Assert.True(Directory.Exists(RecycledTree));
        Assert.Equal(Inode(BriefingPage), InodeOf(Path.Combine(RecycledTree, BriefingPage)));
        var (tree, briefing) = (InodeOf(RecycledTree), Stat("%i %z", Path.Combine(Built, BriefingPage)));
        File.AppendAllText(SpeechSource, "\n再补充一段。\n");
        AssertBuild([SpeechPage, .. SpeechPdfs, Sample.Index, .. SearchIndex, .. SpeechSearch]);
        // That tree is the output now: staged into, not made anew. An unchanged file was kept there as it was: neither
        // linked again nor unlinked, either of which would change its inode's ctime.
        Assert.Equal(tree, InodeOf(Built));
        Assert.Equal(briefing, Stat("%i %z", Path.Combine(Built, BriefingPage)));
        Assert.True(Directory.Exists(RecycledTree));
    }

    [Fact]
    public void What_the_recycled_tree_holds_besides_the_outputs_files_never_reaches_the_output()
    {
        BuildEditBuild();
        // Another file in place of a kept one (not written over: that inode is the output's too), a file no build makes,
        // a folder where a page is, and a document gone from the sources.
        var kept = Path.Combine(RecycledTree, BriefingPage);
        File.Delete(kept);
        File.WriteAllText(kept, "<p>not the briefing</p>");
        File.WriteAllText(Path.Combine(RecycledTree, "site/extra.html"), "<p>left over</p>");
        File.Delete(Path.Combine(RecycledTree, Sample.Index));
        Directory.CreateDirectory(Path.Combine(RecycledTree, Sample.Index, "inside"));
        File.WriteAllText(Path.Combine(RecycledTree, Sample.Index, "inside", "page.html"), "<p>in the way</p>");
        File.AppendAllText(SpeechSource, "\n再补充一段。\n");
        Build();
        AssertEqualsClean();
        Assert.DoesNotContain("not the briefing", File.ReadAllText(Path.Combine(Built, BriefingPage)));
    }

    [Fact]
    public void An_output_file_edited_in_place_after_a_recycled_build_is_built_again_in_both_trees_stead()
    {
        BuildEditBuild();
        // Written in place, the page's inode changes the recycled tree's file too: neither is used.
        File.AppendAllText(Path.Combine(Built, BriefingPage), "<!-- by hand -->");
        AssertBuild([BriefingPage]);
        Assert.DoesNotContain("by hand", File.ReadAllText(Path.Combine(Built, BriefingPage)));
    }

    [Fact]
    public void A_source_removed_is_gone_from_an_output_staged_into_a_recycled_tree()
    {
        BuildEditBuild();
        Assert.True(File.Exists(Path.Combine(RecycledTree, BriefingPage)));
        File.Delete(_dir[$"content/briefings/2022-07-01-{Briefing}.md"]);
        Build();
        Assert.False(File.Exists(Path.Combine(Built, BriefingPage)));
        AssertEqualsClean();
    }

    // Not the briefing: the first file in path order with warnings is read again for the sample of warnings the build prints.
    private string NoticeSource => _dir[$"content/gongwen/2022-06-24-{Sample.Notice}.md"];
    private const string NoticePage = $"site/gongwen/{Sample.Notice}.html";

    /// <summary>
    /// The notice's title changed to another of the same length, its time set back to the one the first build listed:
    /// a change the build cannot see without reading the file (as for make), which shows whether it read it.
    /// </summary>
    private void ChangeNoticeTitleUnseen()
    {
        var (text, time) = (File.ReadAllText(NoticeSource), File.GetLastWriteTimeUtc(NoticeSource));
        var retitled = text.Replace("慰问座谈会", "慰问交流会", StringComparison.Ordinal);
        Assert.NotEqual(text, retitled);
        File.WriteAllText(NoticeSource, retitled);
        File.SetLastWriteTimeUtc(NoticeSource, time);
    }

    private BuildReport BuildInternal(string? output = null) =>
        SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], output ?? Output, Edition: "internal"));

    [Fact]
    public void A_document_the_cache_loaded_is_not_read_where_no_output_of_it_is_rendered()
    {
        // The internal edition hides no name of the sample: nothing masks the bodies, so nothing has to read them.
        File.SetLastWriteTimeUtc(NoticeSource, DateTime.UtcNow.AddHours(-1)); // not racily clean: its time is trusted
        BuildInternal();
        var page = Path.Combine(Output, "internal", NoticePage);
        var before = File.ReadAllBytes(page);
        ChangeNoticeTitleUnseen();
        File.AppendAllText(SpeechSource, "\n补充一段新的内容。\n");
        var report = BuildInternal();
        // Read, its head would not have been the one recorded, and it would have been loaded again (the build before this one's rule).
        Assert.Equal(1, report.Cache.Loaded);
        Assert.DoesNotContain(NoticePage, report.Cache.Rendered);
        Assert.Equal(before, File.ReadAllBytes(page));
    }

    [Fact]
    public void A_source_whose_text_is_not_the_one_its_record_was_made_from_stops_the_build_where_it_is_read()
    {
        File.SetLastWriteTimeUtc(NoticeSource, DateTime.UtcNow.AddHours(-1));
        BuildInternal();
        var before = Snapshot(Path.Combine(Output, "internal"));
        ChangeNoticeTitleUnseen();
        // Every output rendered again: the notice's body is read, and its head is not the one recorded.
        var site = _dir["content/site.yml"];
        File.WriteAllText(site, File.ReadAllText(site) + "\n# edited\n");
        var error = Assert.Throws<Wengao.Diagnostics.BuildFailedException>(() => BuildInternal());
        var where = Assert.Single(error.Errors);
        Assert.Equal(Path.GetFullPath(NoticeSource), Path.GetFullPath(where.Where.File));
        Assert.Contains("changed while it was being built", where.Message);
        Assert.Equal(before, Snapshot(Path.Combine(Output, "internal")));
    }

    private static string InodeOf(string path) => Stat("%i", path);

    /// <summary>What stat(1) prints of the path in <paramref name="format"/> (%i the inode, %z the inode's change time).</summary>
    private static string Stat(string format, string path)
    {
        var run = ChildProcess.Run("stat", ["-c", format, path]);
        Assert.Equal(0, run.Exit);
        return run.Out.Trim();
    }

    private string DocumentManifest => Path.Combine(OutputFolder.WorkFolder(Output), "cache", "documents.manifest");

    [Fact]
    public void A_source_touched_but_not_changed_is_not_loaded_again()
    {
        Assert.Equal(4, Build().Cache.Loaded);
        File.SetLastWriteTimeUtc(SpeechSource, DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(0, Build().Cache.Loaded);
    }

    [Fact]
    public void An_edit_build_parses_the_edited_document_alone_and_is_a_clean_builds()
    {
        // Each of the sample's 4 documents once, its tree kept for its page, its search chunks and the shards' keys.
        Assert.Equal(4, Build().Cache.Parsed);
        File.AppendAllText(SpeechSource, "\n补充一段新的内容，说明后续工作安排。\n");
        Assert.Equal(1, Build().Cache.Parsed);
        AssertEqualsClean();
    }

    [Theory]
    [InlineData("body")]
    [InlineData("title")]
    [InlineData("tags")]
    public void An_edited_source_is_the_only_one_loaded_again_and_the_output_is_a_clean_builds(string part)
    {
        Build();
        switch (part)
        {
            case "body": File.AppendAllText(SpeechSource, "\n补充一段新的内容，说明后续工作安排。\n"); break;
            case "title": Replace(SpeechSource, "title: 在", "title: 修改后在"); break;
            default: Replace(SpeechSource, "tags: [", "tags: [新增标签, "); break;
        }
        var report = Build();
        Assert.Equal(1, report.Cache.Loaded);
        AssertEqualsClean();
        if (part == "title") Assert.Contains("修改后在", File.ReadAllText(Path.Combine(Built, SpeechPage)));
    }

    [Fact]
    public void Every_output_rendered_from_documents_the_cache_loaded_is_a_clean_builds()
    {
        // site.yml renders every output (the cache's version) and changes no document: every page, PDF, .docx and OFD is
        // then made of the documents as the document cache gives them back, front matter, furniture and all.
        Build();
        Replace(_dir["content/site.yml"], "title: 讲话与工作成效", "title: 讲话与工作成效汇编");
        var report = AssertBuild(Everything);
        Assert.Equal(0, report.Cache.Loaded);
    }

    [Fact]
    public void An_outcomes_figure_expands_again_in_documents_the_cache_loaded()
    {
        // The documents' bodies use the figures ({{ outcomes.funds_arrived }}): the document is as loaded, its expansion new.
        Build();
        Replace(_dir["content/outcomes/assistance.yml"], "value: 5388", "value: 5390");
        var report = AssertBuild([SpeechPage, .. SpeechPdfs, BriefingPage, .. BriefingPdfs, .. GongwenPages, .. GongwenPdfs, Outcomes, Sample.Index, .. Sample.Search]);
        Assert.Equal(0, report.Cache.Loaded);
        Assert.Contains("5390", File.ReadAllText(Path.Combine(Built, SpeechPage)));
    }

    [Fact]
    public void A_chart_added_to_an_outcomes_file_loads_every_document_again()
    {
        // A document's charts are checked against the outcomes files' when it loads: their ids are in its dependencies.
        Build();
        Replace(_dir["content/outcomes/assistance.yml"], "charts:\n", "charts:\n  - id: planned\n    title: 计划投入\n    figures: [funds_planned]\n    labels: [五年计划投入]\n");
        Assert.Equal(4, Build().Cache.Loaded);
        AssertEqualsClean();
    }

    [Fact]
    public void An_unfinished_source_the_cache_loaded_is_refused_where_a_clean_build_refuses_it()
    {
        // Loaded (and cached) by a --drafts build, which builds it; then a build without --drafts takes it from the cache.
        File.WriteAllText(SpeechSource, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(SpeechSource), "^title: .*$",
            $"title: {Wengao.Model.Placeholder.Text}", System.Text.RegularExpressions.RegexOptions.Multiline));
        var options = new BuildOptions(_dir["content"], _dir["templates"], Output, Edition: Edition, Drafts: true);
        Assert.Equal(4, Build(options).Cache.Loaded);
        var cached = Assert.Throws<Wengao.Diagnostics.BuildFailedException>(() => Build());
        var clean = Assert.Throws<Wengao.Diagnostics.BuildFailedException>(() => Clean());
        Assert.Equal(clean.Errors.Select(e => e.ToString()), cached.Errors.Select(e => e.ToString()));
        Assert.Contains(cached.Errors, e => e.Where.File == SpeechSource && e.Where.Line == 2);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("edited entry")]
    [InlineData("other format")]
    [InlineData("other Wengao")]
    public void A_damaged_or_stale_document_cache_loads_every_document_and_says_so(string damage)
    {
        Build();
        File.SetLastWriteTimeUtc(SpeechSource, DateTime.UtcNow.AddMinutes(1)); // so that the build does not stop at "nothing changed"
        // If trusted, the speech's page would show a title its source does not have.
        var key = $"speeches/2022-07-01-{Speech}.md";
        var reason = Damage<DocumentManifest>(DocumentManifest, damage,
            entries => entries with { Documents = new(entries.Documents) { [key] = entries.Documents[key] with { Title = "不是这个标题" } } }, entries => entries.Version);
        var report = Build();
        Assert.Contains($"cache {DocumentManifest}: {reason}; ignored, every document loaded", report.Notes);
        Assert.Equal(4, report.Cache.Loaded);
        AssertEqualsClean();
        Assert.Equal(0, Build().Cache.Loaded); // the manifest written by that build is whole again
    }

    private string LengthManifest => Path.Combine(OutputFolder.WorkFolder(Output), "cache", $"lengths.{Edition}.manifest");
    private string HashManifest => Path.Combine(OutputFolder.WorkFolder(Output), "cache", "hashes.manifest");
    private const string NothingChanged = "nothing changed since the last build";

    [Theory]
    [InlineData("truncated")]
    [InlineData("edited entry")]
    [InlineData("other format")]
    [InlineData("other Wengao")]
    public void A_damaged_or_stale_length_cache_is_ignored_and_every_document_counted_again(string damage)
    {
        Build();
        // An edit of the speech renders the home page and the lists again, which show every document's length: if the
        // damaged cache were trusted, the other documents' would read 99,999 characters and 999 minutes.
        File.AppendAllText(SpeechSource, "\n补充一段新的内容。\n");
        var reason = Damage<LengthManifest>(LengthManifest, damage,
            entries => entries with { Documents = entries.Documents.ToDictionary(e => e.Key, _ => new CachedLength(99_999, 999), StringComparer.Ordinal) },
            entries => entries.Version);
        var report = Build();
        Assert.Contains($"cache {LengthManifest}: {reason}; ignored, every document parsed", report.Notes);
        AssertEqualsClean();
        File.AppendAllText(SpeechSource, "\n再补充一句。\n");
        Assert.DoesNotContain(Build().Notes, n => n.StartsWith($"cache {LengthManifest}", StringComparison.Ordinal)); // written whole again
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("edited entry")]
    [InlineData("other format")]
    public void A_damaged_record_of_the_input_files_hashes_is_ignored_and_every_file_hashed(string damage)
    {
        // Its time an hour before the build lists it, so that what the record says of it is trusted (not racily clean).
        var then = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(SpeechSource, then);
        Build();
        File.AppendAllText(SpeechSource, "\n补充一段新的内容。\n");
        File.SetLastWriteTimeUtc(SpeechSource, then.AddMinutes(1));
        var edited = new FileInfo(SpeechSource);
        // If trusted, the edited entry would give the edited file its old hash: its page would be left as it was.
        var reason = Damage<HashManifest>(HashManifest, damage, entries => entries with
        {
            Files = new(entries.Files) { [edited.FullName] = entries.Files[edited.FullName] with { Size = edited.Length, Modified = edited.LastWriteTimeUtc.Ticks } },
        });
        var report = Build();
        Assert.Contains($"cache {HashManifest}: {reason}; ignored, every file hashed", report.Notes);
        Assert.Contains(SpeechPage, report.Cache.Rendered);
        AssertEqualsClean();
    }

    [Fact]
    public void A_source_written_again_in_the_tick_the_last_build_listed_it_is_built_again()
    {
        // As on a file system whose clock ticks in whole seconds (FAT's in two): the speech is written, built, and
        // written again within one tick, so that its size and time are those the build listed. Its bytes are not.
        var tick = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(SpeechSource, tick);
        Build();
        var text = File.ReadAllText(SpeechSource);
        var edited = text.Replace("非常感谢的是", "十分感谢的是", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        File.WriteAllText(SpeechSource, edited);
        File.SetLastWriteTimeUtc(SpeechSource, tick);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), new FileInfo(SpeechSource).Length);
        var report = Build();
        Assert.DoesNotContain(report.Notes, n => n.StartsWith(NothingChanged, StringComparison.Ordinal));
        Assert.Contains(SpeechPage, report.Cache.Rendered);
        AssertEqualsClean();
    }

    [Fact]
    public void A_build_right_after_its_sources_were_written_stops_at_nothing_changed_where_their_bytes_did_not()
    {
        File.SetLastWriteTimeUtc(SpeechSource, DateTime.UtcNow); // racily clean for the build that lists it
        Build();
        Assert.Contains(Build().Notes, n => n.StartsWith(NothingChanged, StringComparison.Ordinal));
    }

    /// <summary>Damages a cache manifest as <paramref name="damage"/> names; the reason a build gives for not using it.</summary>
    /// <param name="edit">for "edited entry": the change made to its entries, the checksum left as it was</param>
    /// <param name="version">the manifest's version, whose "Wengao" part "other Wengao" makes another (with the checksum made anew); null for one without</param>
    private static string Damage<T>(string manifest, string damage, Func<T, T> edit, Func<T, Dictionary<string, string>>? version = null) where T : class, IMemoryPackable<T>
    {
        var bytes = File.ReadAllBytes(manifest);
        var first = Array.IndexOf(bytes, (byte)'\n');
        var second = Array.IndexOf(bytes, (byte)'\n', first + 1);
        var (header, checksum, body) = (bytes[..first], bytes[(first + 1)..second], bytes[(second + 1)..]);
        Assert.Equal("wengao-cache 5", Encoding.ASCII.GetString(header));
        void Write(byte[] head, byte[] sum, byte[] entries) => File.WriteAllBytes(manifest, [.. head, (byte)'\n', .. sum, (byte)'\n', .. entries]);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(manifest, bytes[..(bytes.Length / 2)]);
                return "damaged (its checksum does not match its entries)";
            case "edited entry":
                Write(header, checksum, MemoryPackSerializer.Serialize(edit(MemoryPackSerializer.Deserialize<T>(body)!)));
                return "damaged (its checksum does not match its entries)";
            case "other format":
                Write(Encoding.ASCII.GetBytes("wengao-cache 4"), checksum, body);
                return "written in cache format 4, this Wengao reads 5";
            default:
                var stale = MemoryPackSerializer.Deserialize<T>(body)!;
                version!(stale)["Wengao"] = "an earlier build";
                var entries = MemoryPackSerializer.Serialize(stale);
                Write(header, Encoding.ASCII.GetBytes($"sha256:{Convert.ToHexString(SHA256.HashData(entries))}"), entries);
                return "Wengao changed since it was written";
        }
    }

    /// <summary>Builds with the cache; asserts the outputs rendered, and the output against a clean build.</summary>
    private BuildReport AssertBuild(IEnumerable<string> rendered)
    {
        var report = Build();
        Assert.Equal(Sorted(rendered), report.Cache.Rendered);
        AssertEqualsClean();
        return report;
    }

    private BuildReport Build(BuildOptions? options = null) =>
        SiteBuilder.Run(options ?? new BuildOptions(_dir["content"], _dir["templates"], Output, Edition: Edition));

    /// <summary>A build into a new folder, which has no cache (and not reading one either).</summary>
    private BuildReport Clean() =>
        SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir[$"clean{++_cleanBuilds}"], Edition: Edition, Cache: false));

    private void AssertEqualsClean()
    {
        Clean();
        var clean = _dir[$"clean{_cleanBuilds}/{Edition}"];
        var expected = Files(clean);
        Assert.Equal(expected, Files(Built));
        foreach (var file in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Built, file))),
                $"{file} differs from the clean build's");
    }

    private static void AssertSameWarnings(BuildReport expected, BuildReport actual)
    {
        Assert.Equal(expected.Checks.WarningsByRule.OrderBy(w => w.Key, StringComparer.Ordinal), actual.Checks.WarningsByRule.OrderBy(w => w.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Checks.Unsure, actual.Checks.Unsure);
        Assert.Equal(expected.Checks.Sample.Select(f => f.Location + " " + f.Message), actual.Checks.Sample.Select(f => f.Location + " " + f.Message));
        Assert.NotEmpty(actual.Checks.Sample); // the sample has warnings to compare
    }

    /// <summary>The file's inode: a file linked from the last build keeps it, one written anew does not.</summary>
    private string Inode(string relative) => InodeOf(Path.Combine(Built, relative));

    /// <summary>The files of the output whose bytes differ from <paramref name="before"/>'s, or that it did not have.</summary>
    private List<string> Changed(Dictionary<string, string> before) =>
        Sorted(Snapshot(Built).Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key));

    private static Dictionary<string, long> Times(string root) =>
        Files(root).ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(root, f)).Ticks, StringComparer.Ordinal);

    private static Dictionary<string, string> Snapshot(string root) => Files(root).ToDictionary(f => f,
        f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f)))), StringComparer.Ordinal);

    public void Dispose() => _dir.Dispose();
}
