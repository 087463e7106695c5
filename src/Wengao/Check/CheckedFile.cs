using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wengao.Load;
using Wengao.Parse;
using Wengao.Model;
using SourceSpan = Wengao.Model.SourceSpan;
using Wengao.Extensions.Attachments;

namespace Wengao.Check;

/// <summary>A document's source as the rules read it: its text, its prose (front-matter fields and body), and line/column lookup.</summary>
internal sealed partial class CheckedFile
{
    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex ScribanExpression();

    // The printed fields: a scalar `key: text` (the title, the 附注, the issuer, and the fields a kind declares prose),
    // or the items of a printed list (the issuers, the attachments' titles). One regex per kind, made once.
    private static Regex TextField(DocumentKind kind) => TextFields.GetOrAdd(kind.Name + kind.Version, _ => new Regex(
        $@"^(?:(?<key>{string.Join("|", new[] { "title", "note", "signature" }.Concat(kind.Fields.Where(f => f.Prose).Select(f => Regex.Escape(f.Name))))}):[ \t]*(?<value>.*)"
        + @"|(?<=^(?:signature|attachments):[^\n]*\n(?:[ \t]+-[^\n]*\n)*)[ \t]+-[ \t]+(?<value>.*))$", RegexOptions.Multiline | RegexOptions.Compiled));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> TextFields = new(StringComparer.Ordinal);

    private readonly int[] _lineStarts;
    // Findings on one line share its text: a paragraph is one long line and may have dozens of findings.
    private readonly string?[] _lines;

    /// <param name="draft">where the text stands in the original, when it was composed from a draft (.txt, .docx)</param>
    // The text as loaded, not read again: the findings and fixes are about what the build saw.
    public CheckedFile(Document document, CheckContext context, DraftMap? draft = null)
    {
        (Document, _draft) = (document, draft);
        var (path, head, body, outcomesId) = (document.SourcePath, document.Head, document.Body, document.OutcomesId);
        Path = path;
        Context = context;
        Outcomes = outcomesId is { } id ? context.Corpus.Outcomes.GetValueOrDefault(id) : null;
        Text = head + body;
        _lineStarts = LineStarts(Text);
        _lines = new string?[_lineStarts.Length];
        BodyOffset = Text.Length - body.Length;
        Fields = ReadFields(Text[..BodyOffset], TextField(document.Kind));
        (Paragraphs, TextParagraphs) = ReadBody(body, BodyOffset, new SourceSpan(path, Locate(BodyOffset).Line, 1));
    }

    private readonly DraftMap? _draft;

    /// <summary>The document as loaded (its kind's fields: a speech's `duration`).</summary>
    public Document Document { get; }
    public CheckContext Context { get; }
    public OutcomeSet? Outcomes { get; }
    public string Text { get; }
    public int BodyOffset { get; }
    /// <summary>title, salutation and occasion: text that is printed, read from the front matter.</summary>
    public IReadOnlyList<Prose> Fields { get; }
    /// <summary>The body's paragraphs and headings, in order.</summary>
    public IReadOnlyList<Prose> Paragraphs { get; }
    /// <summary>How many of <see cref="Paragraphs"/> are the text's own, before the attachments' (`::: 附件`), which have their own outline.</summary>
    public int TextParagraphs { get; }
    public string Path { get; }

    /// <summary>1-based line and column of an offset; columns count Unicode scalar values, as editors show them.</summary>
    public SourceSpan Locate(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        // Rules report in text order, so counting on from the last position on the same line keeps this linear.
        var (start, column) = _last.Line == line && _last.Offset <= offset ? (_last.Offset, _last.Column) : (_lineStarts[line], 1);
        foreach (var c in Text.AsSpan(start, offset - start))
            if (!char.IsLowSurrogate(c)) column++;
        _last = (line, offset, column);
        return new SourceSpan(Path, line + 1, column);
    }

    private (int Line, int Offset, int Column) _last = (-1, 0, 1);

    /// <summary>Where a finding at an offset is reported, and the line shown with it: in the original of a draft.</summary>
    public (SourceSpan Where, string Line) Place(int offset)
    {
        if (_draft is { } draft) return draft.Place(offset);
        var where = Locate(offset);
        return (where, LineText(where.Line));
    }

    /// <summary>A fix as an edit of the file checked: of a draft's original text.</summary>
    public TextEdit? InFile(TextEdit? fix) => _draft is { } draft ? draft.Edit(fix) : fix;

    public LocationUnit Unit => _draft?.Unit ?? LocationUnit.Line;

    public string LineText(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return _lines[line - 1] ??= Text[start..end];
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) starts.Add(at + 1);
        return [.. starts];
    }

    private static List<Prose> ReadFields(string frontMatter, Regex textField)
    {
        var fields = new List<Prose>();
        foreach (Match m in textField.Matches(frontMatter))
        {
            var value = m.Groups["value"];
            var (start, length) = (value.Index, value.Length);
            // A quoted value ends at its closing quote, a comment after it (`note: "（此件公开发布）"  # 附注`) is no text.
            if (length >= 2 && frontMatter[start] is '"' or '\'' && frontMatter.IndexOf(frontMatter[start], start + 1, length - 1) is var close and > 0)
                (start, length) = (start + 1, close - start - 1);
            else if (frontMatter.AsSpan(start, length).IndexOf(" #") is var comment and >= 0)
                length = comment;
            var text = frontMatter.Substring(start, length).TrimEnd();
            fields.Add(new Prose(ProseKind.Field, text, SourceOffsets.Run(start, text.Length), []));
        }
        return fields;
    }

    private static bool InAttachment(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is AttachmentBlock) return true;
        return false;
    }

    private static (List<Prose>, int) ReadBody(string body, int bodyOffset, SourceSpan origin)
    {
        // Expressions become inert filler of the same length, so Markdown sees the structure the build sees.
        var masked = ScribanExpression().Replace(body, m => string.Concat(m.Value.Select(c => c == '\n' ? '\n' : Prose.Expression)));
        // The build's own parse (its Markdown dialect and its heading levels), with exact offsets into the file.
        var document = SpeechMarkdown.ParseLocated(masked, origin);
        var paragraphs = new List<Prose>();
        var text = -1;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            // A table's cells are no paragraphs: a row read as prose is a broken sentence, a figure a stray numeral.
            if (block.Inline is null || InTable(block)) continue;
            if (text < 0 && InAttachment(block)) text = paragraphs.Count;
            var reader = new InlineReader(masked, bodyOffset);
            var headings = block is ParagraphBlock ? reader.ReadRunIns(block.Inline) : [];
            reader.Read(headings.Count > 0 ? reader.AfterRunIns : block.Inline.FirstChild);
            paragraphs.Add(block is HeadingBlock heading
                ? reader.ToProse(ProseKind.Heading, [], HeadingLevels.LevelOf(heading))
                : reader.ToProse(ProseKind.Paragraph, headings, listItem: block.Parent as ListItemBlock));
        }
        return (paragraphs, text < 0 ? paragraphs.Count : text);
    }

    private static bool InTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is Markdig.Extensions.Tables.Table) return true;
        return false;
    }

    /// <summary>Collects the literal text of an inline tree with the file offset of each character.</summary>
    private sealed class InlineReader(string body, int bodyOffset)
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly SourceOffsets.Builder _offsets = new();

        public Inline? AfterRunIns { get; private set; }

        /// <summary>The run-in headings leading a paragraph, at the levels the build gave them (<see cref="HeadingLevels"/>).</summary>
        public List<RunIn> ReadRunIns(ContainerInline paragraph)
        {
            var headings = new List<RunIn>();
            var inline = paragraph.FirstChild;
            for (; inline is EmphasisInline emphasis && HeadingLevels.LevelOf(emphasis) is > 0 and var level; inline = inline.NextSibling)
            {
                var start = _text.Length;
                Read(emphasis.FirstChild);
                headings.Add(new RunIn(level, start, _text.Length));
            }
            AfterRunIns = inline;
            return headings;
        }

        public void Read(Inline? inline)
        {
            for (; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        var content = literal.Content.AsSpan();
                        _text.Append(content);
                        Map(content, literal.Span.Start, literal.Span.Length);
                        break;
                    case HtmlEntityInline entity:
                        foreach (var c in entity.Transcoded.AsSpan()) Add(c, entity.Span.Start);
                        break;
                    case ContainerInline container:
                        Read(container.FirstChild);
                        break;
                    // Code spans and autolinks are not prose; soft line breaks join Chinese lines without a space.
                }
            }
        }

        /// <summary>
        /// Maps a literal's characters to the source: one to one, but an escape (\*) is shorter than its source and its
        /// character maps to the backslash, where it starts (a fix there finds no ASCII mark and changes nothing).
        /// </summary>
        private void Map(ReadOnlySpan<char> content, int start, int length)
        {
            var source = body.AsSpan(start, Math.Min(length, body.Length - start));
            if (content.Length == source.Length) // no escape: the common case, one run
            {
                _offsets.Add(bodyOffset + start, content.Length);
                return;
            }
            for (int i = 0, s = 0; i < content.Length; i++, s++)
            {
                _offsets.Add(bodyOffset + start + Math.Min(s, Math.Max(0, source.Length - 1)));
                if (content.Length < source.Length && s + 1 < source.Length && source[s] == '\\' && source[s + 1] == content[i]) s++;
            }
        }

        public Prose ToProse(ProseKind kind, IReadOnlyList<RunIn> headings, int level = 0, ListItemBlock? listItem = null) =>
            new(kind, _text.ToString(), _offsets.Build(), headings, level, listItem);

        private void Add(char c, int bodyIndex)
        {
            _text.Append(c);
            _offsets.Add(bodyOffset + bodyIndex);
        }
    }
}
