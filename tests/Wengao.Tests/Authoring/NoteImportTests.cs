using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

/// <summary>
/// Import of notes: ［n］, 〔n〕 or [n] markers in the text and a 注释 section whose lines start with the same markers
/// become Markdown notes; a marker with no note, and a section whose notes the text does not all refer to, stay text.
/// </summary>
public sealed class NoteImportTests : IDisposable
{
    private readonly TempDir _dir = new();

    private const string Head = "关于某县2023年工作情况的报告\n各位代表：\n";

    private (string Out, string Source, string Content) Import(string draft)
    {
        File.WriteAllText(_dir["draft.txt"], draft);
        var content = EmptyContent(_dir);
        if (Directory.Exists(Path.Combine(content, "speeches"))) Directory.Delete(Path.Combine(content, "speeches"), true);
        var (exit, stdout, stderr) = RunCli("import", _dir["draft.txt"], "--content", content, "--slug", "report", "--date", "2024-01-15");
        Assert.True(exit == 0, stderr);
        var source = File.ReadAllText(Directory.GetFiles(Path.Combine(content, "speeches"), "*.md").Single());
        return (stdout, source[(source.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..], content);
    }

    [Theory]
    [InlineData("［1］", "［2］", "注释")]
    [InlineData("〔1〕", "〔2〕", "注释：")]
    [InlineData("[1]", "[2]", "注：")]
    public void Markers_and_a_notes_section_become_notes_whatever_their_brackets(string one, string two, string heading)
    {
        var (stdout, source, _) = Import(Head + $"全年新增“四上”企业{one}312家，深入实施“链长制”{two}。\n{heading}\n"
            + $"{one}“四上”企业：指规模以上工业企业等四类企业。\n{two}“链长制”：由市级领导担任“链长”的工作机制。\n");

        Assert.Contains("  notes:       2 (under", stdout);
        Assert.Equal("""

            全年新增“四上”企业[^1]312家，深入实施“链长制”[^2]。

            [^1]: “四上”企业：指规模以上工业企业等四类企业。

            [^2]: “链长制”：由市级领导担任“链长”的工作机制。

            """, source);
    }

    [Fact]
    public void A_line_that_continues_a_note_is_a_further_paragraph_of_it_every_character_kept()
    {
        var (_, source, content) = Import(Head + "新建高标准农田［1］22.6万亩。\n注释\n［1］高标准农田：田块平整、集中连片、设施完善的耕地。\n"
            + "其建设标准见《高标准农田建设通则》（GB/T 30600—2022）_第4章。\n");

        Assert.EndsWith("[^1]: 高标准农田：田块平整、集中连片、设施完善的耕地。\n\n    其建设标准见《高标准农田建设通则》（GB/T 30600—2022）\\_第4章。\n", source);
        var page = BuildPage(content, _dir["output"]);
        var html = Html.Load(Directory.GetFiles(Path.Combine(_dir["output"], "internal", "site", "speeches"), "*.html").Single());
        Assert.Equal(["［1］高标准农田：田块平整、集中连片、设施完善的耕地。", "其建设标准见《高标准农田建设通则》（GB/T 30600—2022）_第4章。"],
            html.Descendants("section").Single(s => (string?)s.Attribute("class") == "notes").Descendants("li").Single().Elements("p").Select(p => p.Text()));
        Assert.Equal("新建高标准农田［1］22.6万亩。", page.Paragraphs[0]);
    }

    [Fact]
    public void A_marker_with_no_note_stays_text_as_written()
    {
        var (_, source, _) = Import(Head + "新增“四上”企业［1］312家，详见附表［3］。\n注释\n［1］“四上”企业：指规模以上工业企业等四类企业。\n");

        Assert.Contains("新增“四上”企业[^1]312家，详见附表［3］。", source);
    }

    [Fact]
    public void A_section_with_a_note_the_text_never_refers_to_stays_text_and_the_report_says_why()
    {
        var (stdout, source, _) = Import(Head + "新增“四上”企业［1］312家。\n注释\n［1］“四上”企业：指规模以上工业企业等四类企业。\n［2］“链长制”：工作机制。\n");

        Assert.Contains("  notes:       0 (note ［2］ is not referred to in the text: the notes under “注释” are kept as text)", stdout);
        Assert.DoesNotContain("[^", source);
        Assert.EndsWith("新增“四上”企业［1］312家。\n\n注释\n\n［1］“四上”企业：指规模以上工业企业等四类企业。\n\n［2］“链长制”：工作机制。\n", source);
    }

    [Fact]
    public void A_note_of_its_own_kind_under_a_table_is_not_a_notes_section()
    {
        var (stdout, source, _) = Import(Head + "全市粮食总产量稳定在186万吨以上［1］。\n注：本报告数据均为初步统计数。\n");

        Assert.Contains("  notes:       0\n", stdout);
        Assert.EndsWith("全市粮食总产量稳定在186万吨以上［1］。\n\n注：本报告数据均为初步统计数。\n", source);
    }

    public void Dispose() => _dir.Dispose();
}
