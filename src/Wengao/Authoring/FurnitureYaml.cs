namespace Wengao.Authoring;

/// <summary>
/// Writes a draft's furniture into the front matter: `number:`, `signature:`, `signed:` (the date line kept as a comment,
/// so every character of it is still in the source), `attachments:`, `note:`, and the 版记's `copies_to:`, `printed_by:`,
/// `printed:` (its line's rest kept as a comment likewise). Each value is the draft's text, mapped to it.
/// </summary>
internal static class FurnitureYaml
{
    public static void Write(MappedText yaml, DraftLine? number, DraftFurniture furniture)
    {
        if (number is not null) yaml.Append("number: ").Quote(number.Text, DraftPlace.In(number)).Append("  # 发文字号\n");
        List("signature", "发文机关署名", furniture.Issuers);
        if (furniture is { Signed: { } signed, DateLine: { } line })
        {
            yaml.Append($"signed: {signed:yyyy-MM-dd}  # 成文日期：");
            for (var i = 0; i < line.Text.Length; i++) yaml.Append(line.Text[i], line.At(i));
            yaml.Append("\n");
        }
        List("attachments", "附件说明", furniture.Titles);
        if (furniture.Note is { } note) yaml.Append("note: ").Quote(note.Text, DraftPlace.In(note)).Append("  # 附注\n");
        if (furniture.PrintedDocument is { } document) yaml.Append("printed_document: ").Quote(document.Text, DraftPlace.In(document)).Append("  # 印发的文件（不是附件，不列附件说明）：其内容为第一个 ::: 附件 块\n");
        if (furniture.CopiesTo is { } copies) yaml.Append("copies_to: ").Quote(copies.Text, DraftPlace.In(copies)).Append("  # 版记：抄送机关\n");
        if (furniture is { PrintedLine: { } printed, PrintedBy: { } by })
        {
            yaml.Append("printed_by: ").Quote(by, DraftPlace.In(printed)).Append("  # 版记：印发机关\n");
            if (furniture.Printed is { } day)
            {
                yaml.Append($"printed: {day:yyyy-MM-dd}  # 印发日期：");
                for (var i = by.Length; i < printed.Text.Length; i++) yaml.Append(printed.Text[i], printed.At(i));
                yaml.Append("\n");
            }
        }

        void List(string key, string name, IReadOnlyList<DraftLine> lines)
        {
            if (lines.Count == 0) return;
            yaml.Append($"{key}:  # {name}\n");
            foreach (var item in lines) yaml.Append("  - ").Quote(item.Text, DraftPlace.In(item)).Append("\n");
        }
    }
}
