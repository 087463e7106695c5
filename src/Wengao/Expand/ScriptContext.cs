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
    /// Refuses a number that is not one, where it is made: Scriban divides in doubles, so `{{ 1 / 0 }}` is ∞ and
    /// `{{ 0 / 0 }}` NaN, which would be published as "Infinity" or "NaN" in a speech. (Writing is too late to locate
    /// it: Scriban writes a block's output with the span of the whole block.)
    /// </summary>
    public override object? Evaluate(Scriban.Syntax.ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        return value is double d && !double.IsFinite(d) || value is float f && !float.IsFinite(f)
            ? throw new RefusedTemplate(scriptNode!.Span,
                $"the expression gives {(value is double.NaN or float.NaN ? "no number (NaN)" : "an infinite number")}, which cannot be published",
                "a division by zero? check the divisor, e.g. {{ if total != 0 }}{{ part / total }}{{ end }}")
            : value;
    }

    private static ScriptObject Frozen(ScriptObject builtins)
    {
        builtins.IsReadOnly = true;
        foreach (var value in builtins.Values)
            if (value is ScriptObject { IsReadOnly: false } child) Frozen(child);
        return builtins;
    }
}
