using System.Text;
using Wengao.Authoring;
using Wengao.Diagnostics;
using Wengao.Load;
using Wengao.Model;

namespace Wengao.Check;

/// <summary>A file with its safe fixes applied, not yet written.</summary>
public sealed record FixedFile(string Path, string Before, string After, int Fixes);

/// <summary>
/// Applies the safe fixes (punctuation width, quotes): one character for another, never a word, a line or a
/// Markdown marker. Files are written atomically (a temporary file renamed over the source), keeping a BOM and CRLF line ends;
/// a draft's text file (<see cref="DraftCheck.IsDraft"/>) is read and written in its own encoding (GB18030 stays GB18030).
/// A Word file is never changed.
/// </summary>
public static class Fixer
{
    public static IReadOnlyList<FixedFile> Plan(IEnumerable<Finding> findings) =>
        findings.Where(f => f.Fix is not null).GroupBy(f => f.Where.File).Select(file =>
        {
            if (DraftCheck.CannotFix([file.Key]) is { } why)
                throw new BuildFailedException(new SourceError(new(file.Key, 1, 1), why, "check a .txt or .md copy to have the marks fixed"));
            var before = DraftCheck.IsDraft(file.Key) ? DraftText.Read(file.Key).Decoded!.Text : SourceText.Read(file.Key);
            var text = new StringBuilder(before);
            var applied = 0;
            foreach (var edit in file.Select(f => f.Fix!).DistinctBy(e => e.Offset).OrderByDescending(e => e.Offset))
            {
                // Only where the file still reads what the check saw, so a stale finding changes nothing.
                if (string.CompareOrdinal(before, edit.Offset, edit.Old, 0, edit.Old.Length) != 0) continue;
                text.Remove(edit.Offset, edit.Old.Length).Insert(edit.Offset, edit.New);
                applied++;
            }
            return new FixedFile(file.Key, before, text.ToString(), applied);
        }).Where(f => f.Fixes > 0).ToList();

    public static void Write(FixedFile file)
    {
        var original = File.ReadAllBytes(file.Path);
        var temp = file.Path + ".wengao-fix";
        File.WriteAllBytes(temp, DraftCheck.IsDraft(file.Path) ? DraftDecoder.Decode(original, file.Path).Encode(file.After) : Utf8(original, file.After));
        File.Move(temp, file.Path, overwrite: true);
    }

    /// <summary>A Markdown source's text as UTF-8, with the original's BOM and line ends.</summary>
    private static byte[] Utf8(byte[] original, string after)
    {
        var bom = original.AsSpan().StartsWith("\uFEFF"u8);
        var crlf = original.AsSpan().IndexOf("\r\n"u8) >= 0;
        var text = crlf ? after.Replace("\n", "\r\n") : after;
        return [.. bom ? "\uFEFF"u8.ToArray() : [], .. new UTF8Encoding(false).GetBytes(text)];
    }

    /// <summary>
    /// A unified diff of a fixed file. Fixes replace characters within lines, so the two versions have the same
    /// lines and are compared line by line.
    /// </summary>
    public static string Diff(FixedFile file, int context = 3)
    {
        var (a, b) = (file.Before.Split('\n'), file.After.Split('\n'));
        var changed = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        var diff = new StringBuilder($"--- {file.Path}\n+++ {file.Path}\n");
        for (var h = 0; h < changed.Count;)
        {
            var last = h;
            while (last + 1 < changed.Count && changed[last + 1] - changed[last] <= 2 * context) last++;
            var (from, to) = (Math.Max(0, changed[h] - context), Math.Min(a.Length, changed[last] + context + 1));
            diff.Append($"@@ -{from + 1},{to - from} +{from + 1},{to - from} @@\n");
            for (var i = from; i < to; i++)
                diff.Append(a[i] == b[i] ? $" {a[i]}\n" : $"-{a[i]}\n+{b[i]}\n");
            h = last + 1;
        }
        return diff.ToString();
    }
}
