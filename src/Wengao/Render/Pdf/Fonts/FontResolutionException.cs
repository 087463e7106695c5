namespace Wengao.Render.Pdf.Fonts;

/// <summary>A font role has no usable font; the message says what to install or configure.</summary>
public sealed class FontResolutionException : Exception
{
    public FontResolutionException(string message) : base(message) { }

    public FontResolutionException(string message, Exception inner) : base(message, inner) { }
}
