namespace Wengao.Authoring;

internal static class YamlText
{
    /// <summary>A double-quoted YAML scalar: titles and salutations hold ':' ',' and quotes that plain scalars misread.</summary>
    public static string Quote(string text) => new MappedText().Quote(text, 0).ToString();

    /// <summary>Writes <paramref name="text"/>, found at <paramref name="origin"/> of the draft, as a double-quoted scalar.</summary>
    public static MappedText Quote(this MappedText yaml, string text, int origin)
    {
        yaml.Append("\"");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\\' or '"') yaml.Append('\\', origin + i);
            yaml.Append(text[i], origin + i);
        }
        return yaml.Append("\"");
    }
}
