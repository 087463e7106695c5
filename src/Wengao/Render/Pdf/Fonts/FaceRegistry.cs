using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Wengao.Render.Pdf.Fonts;

/// <summary>
/// The process-wide PDFsharp font resolver: FamilyKey → face bytes. PDFsharp accepts one resolver per process
/// (it refuses a different one after fonts were used), so this is a singleton installed once, and documents
/// rendered in parallel share it.
/// </summary>
public sealed class FaceRegistry : IFontResolver
{
    private static readonly Lazy<FaceRegistry> Shared = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentDictionary<string, SfntFace> _faces = new(StringComparer.Ordinal);

    private FaceRegistry() { }

    /// <summary>The installed registry; first access installs it into <see cref="GlobalFontSettings.FontResolver"/>.</summary>
    public static FaceRegistry Instance => Shared.Value;

    /// <summary>Makes <paramref name="face"/> available to PDFsharp as <paramref name="familyKey"/>; the first registration wins.</summary>
    public void Register(string familyKey, SfntFace face) => _faces.TryAdd(familyKey, face);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!_faces.ContainsKey(familyName))
            return null;
        // The face name is the key itself: GetFont is called with it, and PDFsharp caches by it.
        var simulations = (bold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None)
            | (italic ? XStyleSimulations.ItalicSimulation : XStyleSimulations.None);
        return new FontResolverInfo(familyName, simulations);
    }

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var face) ? face.PdfSharpData : null;

    private static FaceRegistry Install()
    {
        var registry = new FaceRegistry();
        if (GlobalFontSettings.FontResolver is { } existing && existing is not FaceRegistry)
            throw new InvalidOperationException($"another PDFsharp font resolver ({existing.GetType().Name}) is already installed");
        GlobalFontSettings.FontResolver = registry;
        return registry;
    }
}
