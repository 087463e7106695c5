// TEMPORARY while the font layer is written; replaced by ManuscriptRenderer.cs.
using Wengao.Model;
using Wengao.Parse;
namespace Wengao.Render.Pdf;
public sealed record PdfFile(byte[] Bytes, int Pages);
public sealed class ManuscriptRenderer
{
    public IReadOnlyList<string> Notes => [];
    public static ManuscriptRenderer Create(Site site) => new();
    public PdfFile Render(ParsedSpeech parsed) => throw new NotImplementedException();
}
