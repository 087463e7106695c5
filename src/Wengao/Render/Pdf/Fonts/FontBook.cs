using Wengao.Model;

namespace Wengao.Render.Pdf.Fonts;

/// <summary>
/// The font chosen for every <see cref="FontRole"/>, from configurable fallback chains, with notes about
/// every compromise (a borrowed 宋体, a skipped CFF font) for the build report.
/// </summary>
public sealed class FontBook
{
    // 宋体 resolves first: 仿宋 and 小标宋 may borrow it.
    private static readonly FontRole[] ResolutionOrder = [FontRole.SongTi, FontRole.HeiTi, FontRole.KaiTi, FontRole.FangSong, FontRole.XiaoBiaoSong];
    private static readonly FontRole[] GlyphFallbacks = [FontRole.SongTi, FontRole.HeiTi, FontRole.KaiTi];

    private readonly Dictionary<FontRole, ResolvedFont> _fonts;

    private FontBook(Dictionary<FontRole, ResolvedFont> fonts, IReadOnlyList<string> notes)
    {
        _fonts = fonts;
        Notes = notes;
    }

    public ResolvedFont this[FontRole role] => _fonts[role];

    /// <summary>Human-readable remarks: fallbacks taken and fonts skipped.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>
    /// Loads each face the roles use: its file, its tables, and PDFsharp's own reading of it (which checksums the whole
    /// file), some 100 ms of CPU for the sample's three faces, which were on a small build's critical path where the
    /// first PDFs read them (docs/performance.md, session 17). Run ahead of them (Pipeline/Warmup), one face after the
    /// other: a thread a face took more CPU and no less time. A face that fails to load fails again where a document
    /// reads it, named there (<see cref="DocumentSetter.Guarded"/>).
    /// </summary>
    public void Preload()
    {
        foreach (var font in _fonts.Values.DistinctBy(f => f.FamilyKey))
        {
            font.Face.HasGlyph('一');
            font.Create(PreloadSize);
        }
    }

    // Any size: PDFsharp keeps a face's parsed tables once whatever the size of the XFonts made of it.
    private const double PreloadSize = 16;

    /// <summary>
    /// The role's font if it can draw <paramref name="codepoint"/>, else the first of 宋体, 黑体, 楷体 that can,
    /// else the role's font (which will draw .notdef).
    /// </summary>
    public ResolvedFont For(FontRole role, int codepoint)
    {
        var own = _fonts[role];
        if (own.Face.HasGlyph(codepoint))
            return own;
        foreach (var fallback in GlyphFallbacks)
        {
            var font = _fonts[fallback];
            if (font.Face.HasGlyph(codepoint))
                return font;
        }
        return own;
    }

    /// <summary>
    /// Resolves every role. An override chain replaces that role's default chain; entries are family names or
    /// font file paths (absolute or relative to <paramref name="baseDirectory"/>, "file.ttc#N" for face N).
    /// </summary>
    /// <exception cref="FontResolutionException">A role that cannot borrow 宋体 has no TrueType font.</exception>
    public static FontBook Resolve(FontCatalog catalog, IReadOnlyDictionary<FontRole, IReadOnlyList<string>>? overrides, string baseDirectory)
    {
        var fonts = new Dictionary<FontRole, ResolvedFont>();
        var notes = new List<string>();
        foreach (var role in ResolutionOrder)
        {
            var chain = ChainFor(role, overrides);
            var face = FirstUsable(chain, catalog, baseDirectory, notes);
            if (face is null)
            {
                string? advice = FontChains.SongFallbackAdvice(role);
                if (advice is null)
                    throw new FontResolutionException(MissingMessage(role, chain));
                face = fonts[FontRole.SongTi].Face;
                string name = FontChains.ChineseName(role);
                notes.Add($"{name}: no TrueType {name} font found; using 宋体 ({face.DisplayName}). {advice}");
            }
            fonts[role] = new ResolvedFont(role, face);
            FaceRegistry.Instance.Register(fonts[role].FamilyKey, face); // bytes load only when PDFsharp asks
        }
        return new FontBook(fonts, notes);
    }

    /// <summary>
    /// The roles <see cref="Resolve"/> would fail on (no usable font in the chain, and not one that may borrow 宋体),
    /// each with the chain it tried, in resolution order; empty when every PDF can be set. Lets set-up decide what to
    /// install without throwing.
    /// </summary>
    public static IReadOnlyDictionary<FontRole, IReadOnlyList<string>> Unresolvable(FontCatalog catalog,
        IReadOnlyDictionary<FontRole, IReadOnlyList<string>>? overrides, string baseDirectory)
    {
        var notes = new List<string>(); // why an entry was skipped: the build reports it, set-up needs only the verdict
        var unresolvable = new Dictionary<FontRole, IReadOnlyList<string>>();
        foreach (var role in ResolutionOrder)
        {
            var chain = ChainFor(role, overrides);
            if (FontChains.SongFallbackAdvice(role) is null && FirstUsable(chain, catalog, baseDirectory, notes) is null)
                unresolvable[role] = chain;
        }
        return unresolvable;
    }

    private static IReadOnlyList<string> ChainFor(FontRole role, IReadOnlyDictionary<FontRole, IReadOnlyList<string>>? overrides) =>
        overrides is not null && overrides.TryGetValue(role, out var custom) ? custom : FontChains.Defaults[role];

    private static SfntFace? FirstUsable(IReadOnlyList<string> chain, FontCatalog catalog, string baseDirectory, List<string> notes)
    {
        foreach (string entry in chain)
        {
            var face = FontLocator.IsPath(entry) ? FontLocator.Open(entry, baseDirectory, notes) : catalog.Find(entry);
            if (face is null)
                continue;
            if (!face.HasTrueTypeOutlines)
            {
                notes.Add($"{entry}: OpenType/CFF outlines cannot be embedded as a subset; skipped");
                continue;
            }
            return face;
        }
        return null;
    }

    private static string MissingMessage(FontRole role, IReadOnlyList<string> chain)
    {
        string package = FontChains.DebianPackage(role);
        string tried = chain.Count == 0 ? "nothing (empty list)" : string.Join(", ", chain);
        return $"no TrueType font for {FontChains.ChineseName(role)} ({role}): tried {tried}. " +
               $"Install the Debian package {package} (apt-get install {package}) " +
               $"or name a .ttf/.ttc in site.yml under fonts.{FontChains.SiteKey(role)}.";
    }
}
