using WordStyles = Wengao.Render.Docx.WordStyles;

namespace Wengao.Authoring;

/// <summary>
/// A draft as `wengao import` and `wengao check` read it: a Word file's paragraphs, or a text file's lines as decoded.
/// What it is, .docx or text, is told by its first bytes, not by its name.
/// </summary>
/// <param name="Format">what was read, for the user: "Word .docx", "plain text, GB18030"</param>
/// <param name="Decoded">the text file as decoded, to write a fix back in its own encoding; null for a Word file</param>
internal sealed record DraftText(IReadOnlyList<string> Lines, string Format, DecodedText? Decoded)
{
    /// <summary>What a numbered line is in the original: a "line" of text, a "paragraph" of Word.</summary>
    public string LineName => Decoded is null ? "paragraph" : "line";

    /// <summary>The .docx's structure, when it carries the styles Wengao exports with (<see cref="WordStyles"/>).</summary>
    public StyledDocx? Styled { get; init; }

    /// <summary>The largest draft read: a .docx of a long speech is some 100 KB, 16 MB even with a few pictures in it;
    /// its text must still fit the limit on a source (<see cref="Load.SourceText.MaxSourceBytes"/>).</summary>
    public const int MaxDraftBytes = 16 * 1024 * 1024;

    public static DraftText Read(string file)
    {
        if (!File.Exists(file))
            throw DraftDecoder.Refuse(file, "the file does not exist", "name a .txt or .docx file to import");
        // Devices, pipes and files over the limit are refused before anything is read (import /dev/zero filled the memory).
        var bytes = Load.SourceText.ReadBytes(file, MaxDraftBytes, "import the text alone: save the draft as plain text, or a copy of the .docx without its pictures");
        if (DocxDraft.IsPackage(bytes))
            return DocxDraft.Read(file) is var (lines, styled) && styled is not null
                ? new DraftText(lines, "Word .docx exported by Wengao, read by its styles", null) { Styled = styled }
                : new DraftText(lines, "Word .docx", null);
        var decoded = DraftDecoder.Decode(bytes, file);
        return new DraftText(decoded.Text.Split('\n'), $"plain text, {decoded.Name}", decoded);
    }

    /// <summary>Whether the file is a Word package, by its first bytes.</summary>
    public static bool IsWord(string file)
    {
        Span<byte> start = stackalloc byte[4];
        using var stream = File.OpenRead(file);
        return DocxDraft.IsPackage(start[..stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false)]);
    }
}
