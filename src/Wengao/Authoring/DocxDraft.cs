using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

using WordStyles = Wengao.Render.Docx.WordStyles;

namespace Wengao.Authoring;

/// <summary>
/// Reads the paragraphs of a Word .docx as lines of text, formatting left behind; and a .docx exported by Wengao, which
/// carries its styles (<see cref="WordStyles"/>), also by its structure (<see cref="StyledDocx"/>).
/// </summary>
internal static class DocxDraft
{
    /// <summary>A .docx is a ZIP package: known by its first bytes, not by its name.</summary>
    public static bool IsPackage(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\x03\x04"u8);

    public static (IReadOnlyList<string> Lines, StyledDocx? Styled) Read(string path)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw DraftDecoder.Refuse(path, "the Word file has no body", "open it in Word or WPS, check the text is there, and save it again as .docx");
            var lines = body.Descendants<Paragraph>().Select(LineOf).ToList();
            var main = document.MainDocumentPart!;
            if (!WordStyles.Carried(main.StyleDefinitionsPart)) return (lines, null);
            return (lines, StyledDocx.Read(main, body, lines) with { Title = document.PackageProperties.Title });
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw DraftDecoder.Refuse(path, $"the file is a ZIP package but not a readable Word document ({e.Message})",
                "open it in Word or WPS and save it as a Word document (.docx)");
        }
    }

    // A line break inside a Word paragraph stays a line break; the importer reads each line as a paragraph, as in plain text.
    public static string LineOf(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(TextOf));

    /// <summary>What an element of a paragraph adds to its line: its text, a TAB, a line break; null for any other.</summary>
    public static string? TextOf(OpenXmlElement element) => element switch
    {
        WordText text => text.Text,
        TabChar => "\t",
        Break or CarriageReturn => "\n",
        _ => null,
    };
}
