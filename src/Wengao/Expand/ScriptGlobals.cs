using Scriban;
using Scriban.Runtime;
using Wengao.Expand.Functions;
using Wengao.Model;

namespace Wengao.Expand;

/// <summary>The names templates and bodies can use: site, page, outcomes and the formatting functions.</summary>
internal static class ScriptGlobals
{
    public static ScriptObject Outcomes(OutcomeSet? set)
    {
        var figures = new ScriptObject();
        if (set is not null)
            foreach (var figure in set.Figures) figures[figure.Id] = figure;
        return figures;
    }

    /// <summary>
    /// A context that refuses unknown names, so a mistyped figure id fails the build instead of printing nothing.
    /// The functions sit below the page's globals: a page name shadows a function, never the reverse.
    /// </summary>
    /// <param name="globals">the names of one page or body; pushed by the caller when null</param>
    public static TemplateContext Context(ScriptObject? globals = null)
    {
        var context = new ScriptContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 100_000,
        };
        context.PushGlobal(FunctionLibrary.Functions);
        if (globals is not null) context.PushGlobal(globals);
        return context;
    }
}
