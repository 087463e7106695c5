using System.Text;

namespace Wengao.Authoring;

/// <summary>What `wengao import` recognised in a draft, for the user to check against the original.</summary>
/// <param name="LineName">what a numbered line is in the original: a "line" of text, a "paragraph" of Word</param>
/// <param name="Draft">whether the source was written as a draft (speeches; briefings have no drafts yet)</param>
public sealed record ImportReport(string Path, string Format, string LineName, DraftLayout Layout, IReadOnlyList<MarkedHeading> Headings, bool Draft);

/// <summary>
/// `wengao import`: a plain-text or .docx draft becomes a source, its text verbatim (only indentation and the site's
/// chrome left out), run-in headings marked, and the front matter's unknowns (speaker, date) left for the user to fill.
/// A speech is a draft (`draft: true`) until the user has checked it.
/// </summary>
public static class Importer
{
    public const string ToFill = "待填";

    /// <summary>The largest draft imported: a .docx of a long speech is some 100 KB, 16 MB even with a few pictures in it;
    /// its text must still fit the limit on a source (<see cref="Load.SourceText.MaxSourceBytes"/>).</summary>
    public const int MaxDraftBytes = 16 * 1024 * 1024;

    /// <param name="date">the date of the speech, when the user gave it; else today's, marked to be checked</param>
    public static ImportReport Import(string file, SourceKind kind, string content, DateOnly today, DateOnly? date = null, string? slug = null)
    {
        if (!File.Exists(file))
            throw DraftDecoder.Refuse(file, "the file does not exist", "name a .txt or .docx file to import");
        var bytes = Load.SourceText.ReadBytes(file, MaxDraftBytes, "import the text alone: save the draft as plain text, or a copy of the .docx without its pictures");
        IReadOnlyList<string> lines;
        string format, lineName;
        if (DocxDraft.IsPackage(bytes)) (lines, format, lineName) = (DocxDraft.Paragraphs(file), "Word .docx", "paragraph");
        else
        {
            var (text, encoding) = DraftDecoder.Decode(bytes, file);
            (lines, format, lineName) = (text.Split('\n'), $"plain text, {encoding}", "line");
        }
        var layout = DraftLayout.Recognise(lines, salutations: kind == SourceKind.Speech);
        if (layout.Paragraphs.Count == 0)
            throw DraftDecoder.Refuse(file, "no paragraph of text was found", "the file holds no text beside a title; check it is the right file");

        var headings = new List<MarkedHeading>();
        var body = layout.Paragraphs.Select((p, i) => RunInMarker.Mark(p, i + 1, headings)).ToList();
        var path = SourceName.PathFor(content, kind, date ?? today, slug);
        SourceName.Write(path, FrontMatter(kind, layout, date ?? today, dateGiven: date is not null) + "\n" + string.Join("\n\n", body) + "\n");
        return new ImportReport(path, format, lineName, layout, headings, Draft: kind == SourceKind.Speech);
    }

    private static string FrontMatter(SourceKind kind, DraftLayout layout, DateOnly date, bool dateGiven)
    {
        var yaml = new StringBuilder("---\n");
        yaml.Append("title: ").Append(layout.Title is { } title ? YamlText.Quote(title) : $"{ToFill}  # 标题：原文中未找到").Append('\n');
        if (kind == SourceKind.Speech)
            yaml.Append($"speaker: {ToFill}  # 讲话人：原文未写明\n");
        else
            yaml.Append($"name: {ToFill}  # 简报名称（报头）\nissue: 1  # 期号：待核实\nissuer: {ToFill}  # 编印单位\n");
        yaml.Append($"date: {date:yyyy-MM-dd}").Append(dateGiven ? "\n" : "  # 待核实：这是导入之日，不是讲话之日\n");
        if (layout.Salutation is { } salutation) yaml.Append("salutation: ").Append(YamlText.Quote(salutation)).Append('\n');
        if (kind == SourceKind.Speech) yaml.Append("draft: true  # 核对无误后删去此行，才会发布\n");
        return yaml.Append("---\n").ToString();
    }
}
