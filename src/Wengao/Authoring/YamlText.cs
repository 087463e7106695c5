namespace Wengao.Authoring;

internal static class YamlText
{
    /// <summary>A double-quoted YAML scalar: titles and salutations hold ':' ',' and quotes that plain scalars misread.</summary>
    public static string Quote(string text) => $"\"{text.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
}
