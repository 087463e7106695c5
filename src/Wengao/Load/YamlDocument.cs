using Wengao.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Parses YAML text into a root mapping, turning syntax errors into file:line:column errors.</summary>
internal static class YamlDocument
{
    /// <param name="firstLine">the file line the YAML text starts on (front matter starts on line 2)</param>
    public static YamlFields Parse(string text, string file, int firstLine, ErrorList errors)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        var guarded = new YamlShapeGuard(new Parser(scanner));
        try
        {
            stream.Load(guarded);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            if (guarded.Refused is { } refused)
                throw new BuildFailedException(new SourceError(
                    new SourceSpan(file, (int)refused.At.Line + firstLine - 1, (int)refused.At.Column), refused.Message, refused.Hint));
            // YamlDotNet throws InvalidOperationException, without a position, for some unclosed [ and {.
            var at = e is YamlException y ? y.Start : scanner.CurrentPosition;
            throw new BuildFailedException(new SourceError(
                new SourceSpan(file, (int)at.Line + firstLine - 1, (int)at.Column),
                $"malformed YAML: {(e is YamlException ye ? Describe(ye) : "an unclosed [ or { before this point")}",
                "check indentation and quoting; a value containing ': ' or starting with a quote, '[' or '{' must be quoted"));
        }
        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map)
            throw new BuildFailedException(new SourceError(
                new SourceSpan(file, firstLine, 1), "expected a YAML mapping of `key: value` lines", null));
        return new YamlFields(map, file, firstLine, errors);
    }

    // YamlDotNet nests the real cause ("did not find expected key") inside a generic message.
    private static string Describe(YamlException e)
    {
        var inner = e.InnerException as YamlException;
        var message = (inner ?? e).Message;
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        return colon >= 0 ? message[(colon + 3)..] : message;
    }
}
