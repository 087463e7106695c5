using Scriban;
using Scriban.Runtime;
using Wengao.Model;

namespace Wengao.Expand;

/// <summary>The names templates and bodies can use: site, page and outcomes.</summary>
internal static class ScriptGlobals
{
    public static ScriptObject Outcomes(OutcomeSet? set)
    {
        var figures = new ScriptObject();
        if (set is not null)
            foreach (var figure in set.Figures) figures[figure.Id] = figure;
        return figures;
    }

    /// <summary>A context that refuses unknown names, so a mistyped figure id fails the build instead of printing nothing.</summary>
    public static TemplateContext Context(ScriptObject globals)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 100_000,
        };
        context.PushGlobal(globals);
        return context;
    }
}
