using Wengao.Pipeline;
using Wengao.Tests.Support;

namespace Wengao.Tests.Tables;

/// <summary>
/// tests/fixtures/documents/appendix-table.md — a 通报 whose 附件 is a 5-column table with a two-row header and long
/// cells, 32 rows long — built once, site and PDF; and the table's rows as the fixture writes them.
/// </summary>
public sealed class AppendixTable : IDisposable
{
    private readonly TempDir _dir = new();
    public static readonly string Source = Path.Combine(Repo.Fixtures, "documents", "appendix-table.md");

    public AppendixTable()
    {
        Directory.CreateDirectory(_dir["content/speeches"]);
        File.Copy(Path.Combine(Repo.Content, "site.yml"), _dir["content/site.yml"]);
        File.Copy(Source, _dir["content/speeches/2024-12-02-appendix-table.md"]);
        SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, _dir["output"]));
    }

    public string Site => _dir["output/internal/site"];
    public string Page => _dir["output/internal/site/speeches/appendix-table.html"];
    public string Pdf => _dir["output/internal/pdf/appendix-table.pdf"];

    /// <summary>The fixture's body rows, cell by cell, as written between the `|`s.</summary>
    public static IReadOnlyList<string[]> BodyRows => [.. File.ReadAllLines(Source)
        .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsAsciiDigit(l[2]))
        .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())];

    public void Dispose() => _dir.Dispose();
}
