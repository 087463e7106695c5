using Scriban.Runtime;

namespace Wengao.Expand.Functions;

/// <summary>
/// The formatting functions (docs/functions.md), imported once under their snake_case names and shared,
/// read-only, by every site template and Markdown body.
/// </summary>
internal static class FunctionLibrary
{
    public static ScriptObject Functions { get; } = Build();

    private static ScriptObject Build()
    {
        var functions = new ScriptObject();
        foreach (var type in new[] { typeof(AmountFunctions), typeof(PercentFunctions), typeof(NumeralFunctions), typeof(DateFunctions), typeof(TextFunctions) })
            functions.Import(type);
        functions.IsReadOnly = true;
        return functions;
    }
}
