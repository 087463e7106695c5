namespace Wengao.Authoring;

internal static class YamlText
{
    /// <summary>A double-quoted YAML scalar: titles and salutations hold ':' ',' and quotes that plain scalars misread.</summary>
    public static string Quote(string text) => new MappedText().Quote(text, 0).ToString();

    /// <summary>Writes <paramref name="text"/>, found at <paramref name="origin"/> of the draft, as a double-quoted scalar.</summary>
    public static MappedText Quote(this MappedText yaml, string text, DraftPlace origin) => yaml.Append("\"").Escaped(text, origin).Append("\"");

    /// <summary>Lines of the draft as one double-quoted scalar, joined by an escaped line break (a raw one would fold to a space).</summary>
    public static MappedText Quote(this MappedText yaml, IReadOnlyList<DraftLine> lines)
    {
        yaml.Append("\"");
        for (var l = 0; l < lines.Count; l++)
        {
            if (l > 0) yaml.Append('\\', lines[l].Origin - 1).Append('n', lines[l].Origin - 1);
            yaml.Escaped(lines[l].Text, DraftPlace.In(lines[l]));
        }
        return yaml.Append("\"");
    }

    private static MappedText Escaped(this MappedText yaml, string text, DraftPlace origin)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\\' or '"') yaml.Append('\\', origin.Of(i));
            yaml.Append(text[i], origin.Of(i));
        }
        return yaml;
    }
}
