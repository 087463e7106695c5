using System.Collections.Immutable;
using System.Globalization;
using Wengao.Text;
using YamlDotNet.RepresentationModel;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>
/// A YAML mapping read field by field against a schema: every read names its key, so a missing field,
/// a wrong type or (at <see cref="Done"/>) an unknown key is reported at its own line and column.
/// </summary>
internal sealed class YamlFields(YamlMappingNode map, string file, int firstLine, ErrorList errors)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public SourceSpan Where => At(map);

    public SourceSpan At(YamlNode node) =>
        new(file, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    public string? String(string key, bool required = false) =>
        Scalar(key, required, "text", s => s);

    public double? Number(string key, bool required = false) =>
        Scalar<double?>(key, required, "a number", s =>
            double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null);

    public int? Integer(string key, bool required = false) =>
        Scalar<int?>(key, required, "a whole number", s =>
            int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null);

    public bool? Boolean(string key, bool required = false) =>
        Scalar<bool?>(key, required, "true or false", s => s switch { "true" => true, "false" => false, _ => null });

    public DateOnly? Date(string key, bool required = false) =>
        Scalar<DateOnly?>(key, required, "a date written YYYY-MM-DD, e.g. 2022-07-01", s =>
            DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null);

    public ImmutableArray<string> StringList(string key)
    {
        var node = Node(key, required: false);
        if (node is null) return [];
        if (node is YamlScalarNode single && single.Value is { Length: > 0 } one) return Printable(key, single) ? [one] : [];
        if (node is not YamlSequenceNode list) { WrongType(key, node, "a list such as [a, b]"); return []; }
        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in list)
            if (item is YamlScalarNode { Value: { Length: > 0 } text } scalar) { if (Printable(key, scalar)) items.Add(text); }
            else WrongType(key, item, "text");
        return items.ToImmutable();
    }

    public YamlFields? Mapping(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlMappingNode child) return new YamlFields(child, file, firstLine, errors);
        WrongType(key, node, "a mapping of `key: value` lines");
        return null;
    }

    public IReadOnlyList<YamlFields> MappingList(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null) return [];
        if (node is not YamlSequenceNode list) { WrongType(key, node, "a list of mappings (lines starting with '- ')"); return []; }
        var result = new List<YamlFields>();
        foreach (var item in list)
            if (item is YamlMappingNode child) result.Add(new YamlFields(child, file, firstLine, errors));
            else WrongType(key, item, "a mapping of `key: value` lines");
        return result;
    }

    /// <summary>A key's scalar value, or its sequence's items, as written, without reading it (what a kind's rules compare).</summary>
    public IEnumerable<string> Peek(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node)
        ? node switch
        {
            YamlScalarNode scalar => [scalar.Value ?? ""],
            YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(c => c.Value ?? ""),
            _ => [],
        }
        : [];

    public bool Has(string key) => map.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>The mapping's keys in the order written (a kind's fields, which keep their order).</summary>
    public IEnumerable<string> Keys => map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Whether <paramref name="key"/> still holds the placeholder (待填), alone or as an item of a list.</summary>
    public bool HoldsPlaceholder(string key) => Node(key, required: false) switch
    {
        YamlScalarNode scalar => Model.Placeholder.Is(scalar.Value),
        YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Any(item => Model.Placeholder.Is(item.Value)),
        YamlMappingNode mapping => new YamlFields(mapping, file, firstLine, errors) is var child && child.Keys.Any(child.HoldsPlaceholder),
        _ => false,
    };

    /// <summary>Whether <paramref name="key"/> is written with nothing after it (`value:`), which reads as absent.</summary>
    public bool IsBlank(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) && IsNull(node);

    /// <summary>Where the value of <paramref name="key"/> stands, or the mapping itself when it is absent.</summary>
    public SourceSpan SpanOf(string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? At(node) : Where;

    /// <summary>Reports every key that no read asked for.</summary>
    public void Done()
    {
        foreach (var (keyNode, _) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (_known.Contains(key)) continue;
            var hint = EditDistance.Nearest(key, _known) is { } near
                ? $"did you mean `{near}`? Known keys: {string.Join(", ", _known)}"
                : $"known keys here: {string.Join(", ", _known)}";
            errors.Add(At(keyNode), $"unknown key `{key}`", hint);
        }
    }

    private YamlNode? Node(string key, bool required)
    {
        _known.Add(key);
        if (map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node)) return node;
        if (required) errors.Add(Where, $"missing required key `{key}`", $"add a line `{key}: …` to this mapping");
        return null;
    }

    private T? Scalar<T>(string key, bool required, string expected, Func<string, T?> convert)
    {
        var node = Node(key, required);
        if (node is null) return default;
        if (node is YamlScalarNode { Value: { } text } scalar && convert(text) is { } value) return Printable(key, scalar) ? value : default;
        WrongType(key, node, expected);
        return default;
    }

    /// <summary>Whether a value is free of control characters, which a quoted YAML value can spell as escapes ("\u0001").</summary>
    private bool Printable(string key, YamlScalarNode node)
    {
        var at = ControlCharacters.IndexInDecoded(node.Value);
        if (at < 0) return true;
        errors.Add(At(node), $"`{key}` holds the control character {ControlCharacters.Name(node.Value![at])}", ControlCharacters.Hint);
        return false;
    }

    private void WrongType(string key, YamlNode node, string expected) =>
        errors.Add(At(node), $"`{key}` must be {expected}", $"found {Describe(node)}");

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"`{s.Value}`",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) };
}
