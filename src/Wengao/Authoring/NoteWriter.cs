namespace Wengao.Authoring;

/// <summary>
/// Writes a draft's notes as Markdown footnotes after the text: `[^1]: ……`, a line continuing a note as a further
/// paragraph of it (indented four spaces), each character escaped as the text's are, so it renders as written.
/// </summary>
internal static class NoteWriter
{
    private const string Continuation = "    ";

    public static void Write(DraftNotes notes, MappedText source)
    {
        foreach (var note in notes.Notes)
        {
            source.Append("\n\n").Append(DraftNotes.Reference(note.Number) + ": ");
            for (var i = 0; i < note.Lines.Count; i++)
            {
                if (i > 0) source.Append("\n\n" + Continuation);
                // Each line opens a block of the note: what would start a heading, a list or a quote there is escaped.
                source.Escape(note.Lines[i].Text, DraftPlace.In(note.Lines[i]), lineStart: true);
            }
        }
    }
}
