using System.Xml;
using Wengao.Model;

namespace Wengao.Render.Pdf.Layout;

/// <summary>
/// One element of the markup as read, its attributes taken one by one so that any left over (unknown) is refused,
/// naming those allowed.
/// </summary>
internal sealed class MarkupElement(string name, int line, int column)
{
    public string Name => name;
    public int Line => line;
    public int Column => column;
    public List<(string Name, string Value, int Line, int Column)> Attributes { get; } = [];
    public List<object> Children { get; } = []; // MarkupElement or MarkupText
    private readonly List<string> _asked = [];

    /// <summary>The white space trimmed from a text's ends: ASCII only, not 　, which a line may start with.</summary>
    private static readonly char[] AsciiSpace = [' ', '\t', '\r', '\n'];

    /// <summary>The attribute's value read by <paramref name="parse"/>, <paramref name="otherwise"/> where absent.</summary>
    public T Get<T>(string attribute, Func<string, T> parse, T otherwise)
    {
        _asked.Add(attribute);
        foreach (var (key, value, l, c) in Attributes)
        {
            if (key != attribute) continue;
            try { return parse(value); }
            catch (MarkupException e) { throw e.At(l, c, $"{key}=\"{value}\""); }
        }
        return otherwise;
    }

    public T Required<T>(string attribute, Func<string, T> parse) =>
        Attributes.Exists(a => a.Name == attribute) ? Get(attribute, parse, default!)
        : throw Error($"<{name}> needs the attribute {attribute}", $"write <{name} {attribute}=\"…\">");

    /// <summary>Refuses an attribute no Get asked for.</summary>
    public void Done()
    {
        foreach (var (key, _, l, c) in Attributes)
            if (!_asked.Contains(key))
                throw new MarkupException($"<{name}> has no attribute {key}",
                    _asked.Count == 0 ? $"<{name}> takes no attributes" : $"<{name}> takes {string.Join(", ", _asked)}").At(l, c, $" {key}=");
    }

    /// <summary>The text inside, entities read, ASCII white space at the ends trimmed (not 　, which a line may start with).</summary>
    public string Text()
    {
        var parts = new List<string>();
        foreach (var child in Children)
        {
            if (child is MarkupElement e)
                throw new MarkupException($"<{e.Name}> cannot stand inside <{name}>", $"<{name}> holds text only").At(e.Line, e.Column, $"<{e.Name}");
            parts.Add(((MarkupText)child).Value);
        }
        return string.Concat(parts).Trim(AsciiSpace);
    }

    /// <summary>
    /// The text inside as runs: plain text in the element's face, each <c>&lt;span font="…"&gt;</c> in its own (签发人：
    /// in 仿宋, the name in 楷体, GB/T 9704 §7.2.6); the ends trimmed as <see cref="Text"/> trims them.
    /// </summary>
    public List<TextRun> Runs()
    {
        var runs = new List<TextRun>();
        foreach (var child in Children)
        {
            if (child is MarkupText text) { runs.Add(new TextRun(text.Value)); continue; }
            var span = (MarkupElement)child;
            if (span.Name != "span")
                throw new MarkupException($"<{span.Name}> cannot stand inside <{name}>", $"<{name}> holds text and <span font=\"…\">").At(span.Line, span.Column, $"<{span.Name}");
            runs.Add(new TextRun(span.Text(), span.Get("font", v => (FontRole?)MarkupValues.Font(v), null)));
            span.Done();
        }
        if (runs.Count > 0) runs[0] = runs[0] with { Text = runs[0].Text.TrimStart(AsciiSpace) };
        if (runs.Count > 0) runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd(AsciiSpace) };
        runs.RemoveAll(r => r.Text.Length == 0);
        return runs;
    }

    /// <summary>Refuses content in an element that holds none (&lt;body/&gt;).</summary>
    public void NoText()
    {
        if (Children.Count > 0 && Text().Length > 0) throw Error($"<{name}> holds no text", $"write <{name}/>");
    }

    /// <summary>The child elements; text among them (other than white space) is refused.</summary>
    public IEnumerable<MarkupElement> Elements()
    {
        foreach (var child in Children)
            if (child is MarkupElement e) yield return e;
            else if (child is MarkupText t && t.Value.Trim(AsciiSpace).Length > 0)
                throw new MarkupException($"text cannot stand directly inside <{name}>: “{t.Value.Trim()}”",
                    "put text in a <p>, <title> or <text> element").At(t.Line, t.Column, null);
    }

    public MarkupException Error(string message, string hint) => new MarkupException(message, hint).At(line, column, $"<{name}");

    /// <summary>Reads the markup into elements; a markup that is not well formed is refused where the reader stopped.</summary>
    public static MarkupElement Read(string markup)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreProcessingInstructions = true, XmlResolver = null,
        };
        using var reader = XmlReader.Create(new StringReader(markup), settings);
        var info = (IXmlLineInfo)reader;
        var open = new Stack<MarkupElement>();
        MarkupElement? root = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = new MarkupElement(reader.Name, info.LineNumber, info.LinePosition - 1);
                        if (open.Count > 0) open.Peek().Children.Add(element);
                        else root = element;
                        var empty = reader.IsEmptyElement;
                        while (reader.MoveToNextAttribute()) element.Attributes.Add((reader.Name, reader.Value, info.LineNumber, info.LinePosition));
                        if (!empty) open.Push(element);
                        break;
                    case XmlNodeType.EndElement:
                        open.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when open.Count > 0:
                        open.Peek().Children.Add(new MarkupText(reader.Value, info.LineNumber, info.LinePosition));
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw new MarkupException($"the layout markup is not well formed: {e.Message}",
                "close every element (<body/>, <p>…</p>) and escape what a value inserts: {{ page.title | html.escape }}").At(e.LineNumber, e.LinePosition, null);
        }
        return root!;
    }
}

/// <param name="Line">where the text starts in the markup</param>
internal sealed record MarkupText(string Value, int Line, int Column);
