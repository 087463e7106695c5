using System.Globalization;

namespace Wengao.Render.Pdf.Fonts;

/// <summary>Chain entries that name a font file rather than a family: "fonts/x.ttf", "/abs/y.ttc#1".</summary>
internal static class FontLocator
{
    private static readonly string[] FontExtensions = [".ttf", ".ttc", ".otf", ".otc"];
    private static readonly string[] CollectionExtensions = [".ttc", ".otc"];

    public static bool IsPath(string entry)
    {
        var (path, _) = Split(entry);
        return path.Contains('/') || path.Contains('\\') || HasExtension(path, FontExtensions);
    }

    /// <summary>The face a path entry names, or null (with a note) when the file is missing, unreadable or has no such face.</summary>
    public static SfntFace? Open(string entry, string baseDirectory, List<string> notes)
    {
        var (path, index) = Split(entry);
        string full = Path.GetFullPath(path, Path.GetFullPath(baseDirectory));
        if (!File.Exists(full))
        {
            notes.Add($"{entry}: file not found ({full})");
            return null;
        }
        IReadOnlyList<SfntFace> faces;
        try
        {
            faces = FontFile.Read(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            notes.Add($"{entry}: not a readable font ({e.Message})");
            return null;
        }
        if (index >= faces.Count)
        {
            notes.Add($"{entry}: the file has only {faces.Count} face(s), numbered from #0");
            return null;
        }
        return faces[index];
    }

    /// <summary>"x.ttc#2" → ("x.ttc", 2). The suffix counts only after a collection extension, so '#' stays legal in other names.</summary>
    private static (string Path, int Index) Split(string entry)
    {
        string trimmed = entry.Trim();
        int hash = trimmed.LastIndexOf('#');
        if (hash > 0
            && int.TryParse(trimmed.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && HasExtension(trimmed[..hash], CollectionExtensions))
            return (trimmed[..hash], index);
        return (trimmed, 0);
    }

    private static bool HasExtension(string path, string[] extensions) =>
        extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
