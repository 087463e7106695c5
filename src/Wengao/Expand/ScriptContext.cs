using System.Collections.Concurrent;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace Wengao.Expand;

/// <summary>
/// A Scriban context that shares, across all the contexts of a build, what Scriban would otherwise make again for
/// each one: the built-in functions (deep-copied per context) and the reflection over each model type. A build makes
/// a context per page and per body, and those copies were about a third of the time a page took.
/// </summary>
internal sealed class ScriptContext() : TemplateContext(Builtins)
{
    // Frozen, so no template can change them for the pages after it.
    private static readonly ScriptObject Builtins = Frozen(new BuiltinFunctions());

    // Accessors are read-only once made; ScriptObjects (every page's globals) keep Scriban's own, shared one.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        if (target is ScriptObject) return base.GetMemberAccessorImpl(target);
        if (Accessors.TryGetValue(target.GetType(), out var accessor)) return accessor;
        return base.GetMemberAccessorImpl(target) is { } made ? Accessors.GetOrAdd(target.GetType(), made) : null;
    }

    /// <summary>
    /// Refuses to print a number that is not one: Scriban divides in doubles, so `{{ 1 / 0 }}` is ∞ and `{{ 0 / 0 }}`
    /// NaN, which would be published as "Infinity" or "NaN" in a speech.
    /// </summary>
    public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject) =>
        textAsObject is double d && !double.IsFinite(d) || textAsObject is float f && !float.IsFinite(f)
            ? throw new RefusedTemplate(span, $"the expression gives {(double.IsNaN(Convert.ToDouble(textAsObject, System.Globalization.CultureInfo.InvariantCulture)) ? "no number (NaN)" : "an infinite number")}, which cannot be printed",
                "a division by zero? check the divisor, e.g. {{ if total != 0 }}{{ part / total }}{{ end }}")
            : base.Write(span, textAsObject);

    private static ScriptObject Frozen(ScriptObject builtins)
    {
        builtins.IsReadOnly = true;
        foreach (var value in builtins.Values)
            if (value is ScriptObject { IsReadOnly: false } child) Frozen(child);
        return builtins;
    }
}
