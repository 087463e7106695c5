namespace Wengao.Render.Pdf.Layout;

/// <summary>
/// A refused piece of layout markup: what is wrong, what is allowed, where in the markup (1-based), and the literal text
/// to look for in the template that made it (`&lt;para`, `size="三"`) so the error is located in the template.
/// </summary>
internal sealed class MarkupException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
    public int Line { get; private set; }
    public int Column { get; private set; }
    public string? Needle { get; private set; }

    /// <summary>Places the error, where it is not placed yet (the innermost place is the most exact).</summary>
    public MarkupException At(int line, int column, string? needle)
    {
        if (Line == 0) (Line, Column, Needle) = (line, column, needle);
        return this;
    }
}
