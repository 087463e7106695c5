using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Notes;

/// <summary>`wengao check` reads a note's text as it reads the rest, and locates a finding in it.</summary>
public sealed class NotesProofreadTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void A_finding_in_a_note_is_located_in_its_line()
    {
        File.WriteAllText(_dir["a.md"], "---\ntitle: 测试\nspeaker: 张某\ndate: 2024-01-15\n---\n\n全年新增企业[^1]312家。\n\n[^1]: 四上企业,指规模以上工业企业。\n");

        var (_, stdout, _) = RunCli("check", _dir["a.md"]);

        Assert.Contains("a.md:9:11: warning punctuation-width: ASCII `,` in Chinese text: write `，`", stdout);
    }

    public void Dispose() => _dir.Dispose();
}
