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

    private static ScriptObject Frozen(ScriptObject builtins)
    {
        builtins.IsReadOnly = true;
        foreach (var value in builtins.Values)
            if (value is ScriptObject { IsReadOnly: false } child) Frozen(child);
        return builtins;
    }
}
