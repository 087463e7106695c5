using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wengao.Load;

/// <summary>
/// Stands between YamlDotNet's parser and the tree it builds, refusing the shapes that tree cannot survive: YamlDotNet
/// builds nodes recursively, so `[[[[…` thousands deep overflowed the stack (a crash no handler can catch), and a key
/// that is a collection or an alias is hashed by walking it, forever when an alias makes the key contain itself.
/// No Wengao file needs any of these: its keys are words, its values at most a list of mappings of lists.
/// </summary>
internal sealed class YamlShapeGuard(IParser parser) : IParser
{
    /// <summary>The deepest nesting of lists and mappings accepted. Wengao's deepest is 3 (figures → figure → a list); a
    /// thousand levels already overflowed a thread's stack, so 64 leaves room for any real file and a wide margin below that.</summary>
    public const int MaxDepth = 64;

    /// <summary>Why the last event was refused, once it was: the parse then stops with a YamlException.</summary>
    public (Mark At, string Message, string Hint)? Refused { get; private set; }

    // Per open collection: whether it is a mapping, whether its next node is a key, and the anchor it was given.
    private readonly Stack<(bool Mapping, bool ExpectKey, string? Anchor)> _open = new();

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (!parser.MoveNext()) return false;
        switch (parser.Current)
        {
            case MappingStart or SequenceStart:
                var node = (NodeEvent)parser.Current;
                IsNode(node, isKeyAllowed: false);
                if (_open.Count >= MaxDepth)
                    Refuse(node.Start, $"lists and mappings are nested more than {MaxDepth} deep",
                        "a Wengao file needs only a few levels: check the brackets [ ] and { } and the indentation");
                _open.Push((node is MappingStart, true, node.Anchor.IsEmpty ? null : node.Anchor.Value));
                break;
            case MappingEnd or SequenceEnd:
                if (_open.Count > 0) _open.Pop();
                break;
            case AnchorAlias alias:
                IsNode(alias, isKeyAllowed: false);
                if (_open.Any(o => o.Anchor == alias.Value.Value))
                    Refuse(alias.Start, $"the alias *{alias.Value} is inside the node &{alias.Value} it refers to",
                        "a value cannot contain itself: write it out, or refer to a node defined before and outside this one");
                break;
            case Scalar scalar:
                IsNode(scalar, isKeyAllowed: true);
                break;
        }
        return true;
    }

    /// <summary>Counts a node in its mapping (key, value, key, …), refusing a key that is not plain text.</summary>
    private void IsNode(ParsingEvent node, bool isKeyAllowed)
    {
        if (_open.Count == 0 || !_open.Peek().Mapping) return;
        var (mapping, expectKey, anchor) = _open.Pop();
        _open.Push((mapping, !expectKey, anchor));
        if (expectKey && !isKeyAllowed)
            Refuse(node.Start, "a key must be plain text, not a list, a mapping or an alias",
                "write keys as words followed by a colon, e.g. `title: …`");
    }

    private void Refuse(Mark at, string message, string hint)
    {
        Refused = (at, message, hint);
        throw new YamlException(at, at, message);
    }
}
