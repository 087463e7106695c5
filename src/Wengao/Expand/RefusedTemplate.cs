using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using Wengao.Model;

namespace Wengao.Expand;

/// <summary>A template step Wengao refuses (an include outside the folder, an infinite number), with how to fix it.</summary>
internal sealed class RefusedTemplate(ScribanSpan span, string message, string hint) : ScriptRuntimeException(span, message)
{
    public string Hint { get; } = hint;
}
