using Wengao.Render.Pdf.Fonts;

namespace Wengao.Render.Ofd;

/// <summary>
/// The identifiers of one OFD document (GB/T 33190 ST_ID: unique in the document, the largest kept as MaxUnitID)
/// given out in the order things are drawn, and the faces its text uses with the characters each draws.
/// </summary>
internal sealed class OfdResources
{
    private int _last;
    // By face, not by role: roles that fall back to one face (宋体 and 仿宋 to one Song face) embed it once.
    private readonly Dictionary<string, (int Id, SortedSet<int> Characters)> _fonts = new(StringComparer.Ordinal);
    private readonly List<(ResolvedFont Face, int Id, SortedSet<int> Characters)> _used = [];

    public int NextId() => ++_last;

    /// <summary>The largest identifier given out (CommonData's MaxUnitID).</summary>
    public int MaxUnitId => _last;

    /// <summary>Each face used, in the order first drawn, with its identifier and the characters it draws.</summary>
    public IReadOnlyList<(ResolvedFont Face, int Id, SortedSet<int> Characters)> Fonts => _used;

    public int FontId(ResolvedFont face) => _fonts[face.FamilyKey].Id;

    public void Use(ResolvedFont face, int codepoint)
    {
        if (!_fonts.TryGetValue(face.FamilyKey, out var font))
        {
            _fonts[face.FamilyKey] = font = (NextId(), []);
            _used.Add((face, font.Id, font.Characters));
        }
        font.Characters.Add(codepoint);
    }
}
