namespace Wengao.Render.Pdf.Fonts;

/// <summary>
/// Every font face found under a set of directories, indexed by family name. Scanning reads only table
/// directories and name tables, so building the system catalog once per process is cheap.
/// </summary>
public sealed class FontCatalog
{
    private static readonly Lazy<FontCatalog> SystemCatalog = new(() => new FontCatalog(FontDirectories.ForCurrentOs()));
    private static readonly string[] Extensions = [".ttf", ".ttc", ".otf", ".otc"];

    private readonly Dictionary<string, List<SfntFace>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<SfntFace>> _bySquashedName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scans <paramref name="directories"/> recursively; missing directories are ignored.</summary>
    public FontCatalog(IEnumerable<string> directories)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var files = directories
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", options))
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal) // deterministic winner when several files share a family name
            .ToList();

        var faces = new List<SfntFace>();
        var skipped = new List<string>();
        foreach (string file in files)
        {
            try
            {
                faces.AddRange(FontFile.Read(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or OverflowException or ArgumentException or IndexOutOfRangeException)
            {
                skipped.Add($"{file}: {e.Message}"); // a broken font must not stop the build
            }
        }
        Faces = faces;
        Skipped = skipped;
        foreach (var face in faces)
        {
            foreach (string name in face.FamilyNames)
            {
                Add(_byName, name, face);
                Add(_bySquashedName, Squash(name), face);
            }
        }
    }

    /// <summary>The installed fonts of this machine, scanned on first use.</summary>
    public static FontCatalog System => SystemCatalog.Value;

    public IReadOnlyList<SfntFace> Faces { get; }

    /// <summary>Font files that could not be read, with the reason.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>
    /// The face with this family name (case-insensitive, then ignoring spaces), preferring TrueType outlines.
    /// A CFF face is returned only when nothing else matches, so the caller can say why it is unusable.
    /// </summary>
    public SfntFace? Find(string familyName)
    {
        var matches = Lookup(_byName, familyName.Trim()) ?? Lookup(_bySquashedName, Squash(familyName));
        if (matches is null)
            return null;
        return matches.FirstOrDefault(f => f.HasTrueTypeOutlines) ?? matches[0];
    }

    private static List<SfntFace>? Lookup(Dictionary<string, List<SfntFace>> index, string key) =>
        index.TryGetValue(key, out var list) ? list : null;

    private static void Add(Dictionary<string, List<SfntFace>> index, string key, SfntFace face)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (!list.Contains(face))
            list.Add(face);
    }

    private static string Squash(string name) => name.Replace(" ", "", StringComparison.Ordinal);
}
