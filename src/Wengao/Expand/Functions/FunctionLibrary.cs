using System.Diagnostics.CodeAnalysis;
using Scriban.Runtime;

namespace Wengao.Expand.Functions;

/// <summary>
/// The formatting functions (docs/functions.md), imported once under their snake_case names and shared,
/// read-only, by every site template and Markdown body.
/// </summary>
internal static class FunctionLibrary
{
    public static ScriptObject Functions { get; } = Build();

    // Scriban imports a type's public static methods by reflection: the dependencies keep them in a trimmed (Native AOT) build.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(AmountFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(PercentFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(NumeralFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(DateFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(TextFunctions))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "the imported types' methods are kept by the DynamicDependency attributes")]
    private static ScriptObject Build()
    {
        var functions = new ScriptObject();
        foreach (var type in new[] { typeof(AmountFunctions), typeof(PercentFunctions), typeof(NumeralFunctions), typeof(DateFunctions), typeof(TextFunctions) })
            functions.Import(type);
        functions.IsReadOnly = true;
        return functions;
    }
}
