using Wengao.Load;
using Wengao.Model;

namespace Wengao.Authoring;

/// <summary>
/// What a 公文's title and signature say of its kind's own fields: the 文种 its title ends with (GB/T 9704 §7.3.1:
/// 标题由发文机关名称、事由和文种组成) in the kind's genre field, and its issuers (§7.3.5) in the mark field, as the
/// 发文机关标志 names them too (§7.2.4) — each marked to be checked. A 文种 makes the kind's rules ask for more
/// (a 报告's 签发人): what the draft does not give is left 待填, so the draft loads and says what to fill; where a rule
/// asks for what no placeholder may stand in for (a 成文日期 the draft lacks), the 文种 is left 待填 too.
/// </summary>
internal static class GenreFields
{
    /// <summary>Writes the genre and mark fields the draft gives; the fields written, and those the 文种's rules require besides.</summary>
    public static (HashSet<string> Written, IReadOnlyList<string> Required) Write(MappedText yaml, DocumentKind kind, DraftLayout layout)
    {
        var (rule, furniture) = (kind.Import, layout.Furniture);
        var written = new HashSet<string>(StringComparer.Ordinal);
        bool IsList(string name) => kind.Fields.Any(f => f.Name == name && f.Type == FieldType.List);
        // The 密级 and the 紧急程度 of a 版头 (§7.2.2, §7.2.3), as printed.
        foreach (var (key, printed, means) in new[] { (rule.Secrecy, layout.Head.Secrecy, "密级和保密期限"), (rule.Urgency, layout.Head.Urgency, "紧急程度") })
            if (key is not null && printed is not null && kind.Fields.Any(f => f.Name == key))
            {
                yaml.Append($"{key}: ").Quote(printed.Text, DraftPlace.In(printed)).Append($"  # {means}\n");
                written.Add(key);
            }
        if (rule.Mark is { } markField && layout.Head.Marks.Count > 0 && IsList(markField))
        {
            var head = layout.Head;
            // The mark as the draft prints it (某县人民政府文件): each issuer's name, and 文件 where the kind has a field for it.
            yaml.Append($"{markField}:  # 发文机关标志\n");
            foreach (var issuer in head.Marks)
            {
                var name = issuer.Text.EndsWith(DraftHead.MarkWord, StringComparison.Ordinal) ? issuer.Text[..^DraftHead.MarkWord.Length] : issuer.Text;
                yaml.Append("  - ").Quote(name, DraftPlace.In(issuer)).Append("\n");
            }
            written.Add(markField);
            if (head.Worded && rule.MarkWord is { } wordField && kind.Fields.Any(f => f.Name == wordField))
            {
                var (at, index) = head.Word is { } alone ? (alone, 0) : (head.Marks[^1], head.Marks[^1].Text.Length - DraftHead.MarkWord.Length);
                yaml.Append($"{wordField}: ").Quote(DraftHead.MarkWord, DraftPlace.In(at, index)).Append("\n");
                written.Add(wordField);
            }
        }
        if (rule.Signers is { } signersField && layout.Head.Signers is { } signers && IsList(signersField))
        {
            yaml.Append($"{signersField}:  # 签发人\n");
            foreach (var (at, length) in Names(signers.Text))
                yaml.Append("  - ").Quote(signers.Text.Substring(at, length), DraftPlace.In(signers, at)).Append("\n");
            written.Add(signersField);
        }
        if (rule.Mark is { } mark && !written.Contains(mark) && furniture.Issuers.Count > 0 && IsList(mark))
        {
            yaml.Append($"{mark}:  # 发文机关标志：按发文机关署名填写，请核对（全称或规范化简称）\n");
            foreach (var issuer in furniture.Issuers) yaml.Append("  - ").Quote(issuer.Text, DraftPlace.In(issuer)).Append("\n");
            written.Add(mark);
        }
        // A document that names no issuer, neither in a mark line nor in a signature, is known by the name it heads with
        // (a 纪要's 某县人民政府常务会议纪要, GB/T 9704 §10.3): its title on one line.
        if (rule.Mark is { } named && !written.Contains(named) && furniture.Issuers.Count == 0 && layout.TitleLines is [var only] && IsList(named))
        {
            yaml.Append($"{named}:  # 发文机关标志：按标题填写，请核对\n  - ").Quote(only.Text, DraftPlace.In(only)).Append("\n");
            written.Add(named);
        }
        if (Genre(kind, layout) is not var (field, genre, line)) return (written, []);
        var found = Found(kind, layout, written);
        var required = kind.Rules.Where(r => r.When.Length > 0 && r.When.All(w => w.Field == field && w.Values.Contains(genre)))
            .SelectMany(r => r.Require).Where(f => !found.Contains(f)).Distinct().ToList();
        if (!required.All(f => kind.Fields.Any(k => k.Name == f && k.Type is FieldType.Text or FieldType.List) || FurnitureFields.TextKeys.Contains(f)))
            return (written, []);
        yaml.Append($"{field}: ").Quote(genre, DraftPlace.In(line, line.Text.Length - genre.Length)).Append("  # 文种：标题末尾所写\n");
        written.Add(field);
        return (written, required);
    }

    /// <summary>Each name of a 签发人 line (张某某　李某, 张某某、李某): where it starts and how long it is.</summary>
    private static IEnumerable<(int At, int Length)> Names(string line)
    {
        for (var i = 0; i < line.Length;)
        {
            while (i < line.Length && line[i] is ' ' or '\u3000' or '\t' or '、' or '，') i++;
            var start = i;
            while (i < line.Length && line[i] is not (' ' or '\u3000' or '\t' or '、' or '，')) i++;
            if (i > start) yield return (start, i - start);
        }
    }

    /// <summary>What 待填 in a furniture field means, for its comment.</summary>
    public static string Means(string key) => FurnitureFields.Names.GetValueOrDefault(key, key);

    /// <summary>
    /// The 文种 the title ends with (…的通知, …的实施意见), the longest of the genre field's values that ends the title's
    /// last line; null where the kind reads none or the title ends with none.
    /// </summary>
    private static (string Field, string Value, DraftLine Line)? Genre(DocumentKind kind, DraftLayout layout)
    {
        if (kind.Import.Genre is not { } name || layout.TitleLines.Count == 0) return null;
        if (kind.Fields.FirstOrDefault(f => f.Name == name) is not { Values.IsDefaultOrEmpty: false } field) return null;
        var last = layout.TitleLines[^1];
        return field.Values.Where(v => last.Text.EndsWith(v, StringComparison.Ordinal)).MaxBy(v => v.Length) is { } value ? (name, value, last) : null;
    }

    /// <summary>The fields the import writes from the draft: the addressee, the furniture found, and those written here.</summary>
    private static HashSet<string> Found(DocumentKind kind, DraftLayout layout, HashSet<string> written)
    {
        var (f, found) = (layout.Furniture, new HashSet<string>(written, StringComparer.Ordinal));
        void Add(string key, bool given) { if (given) found.Add(key); }
        Add(kind.Import.Addressee ?? "", layout.AddresseeLine is not null);
        Add("number", layout.NumberLine is not null);
        Add(kind.Import.Signers ?? "", layout.Head.Signers is not null);
        Add("signature", f.Issuers.Count > 0);
        Add("signed", f.Signed is not null);
        Add("attachments", f.Titles.Count > 0);
        Add("printed_document", f.PrintedDocument is not null);
        Add("note", f.Note is not null);
        Add("copies_to", f.CopiesTo is not null);
        Add("printed_by", f.PrintedBy is not null);
        Add("printed", f.Printed is not null);
        return found;
    }
}
