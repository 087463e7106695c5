using System.Text.Encodings.Web;
using System.Text.Json;
using Wengao.Model;

namespace Wengao.Check.Reports;

/// <summary>
/// Findings as JSON for scripts: one object per finding, Chinese left readable. A finding in a Word file has
/// `paragraph` (its paragraph, counted from 1) where one in a text file has `line`. `confidence` is how sure the rule
/// is of the finding, from 0 to 1 (<see cref="Confidence"/>).
/// </summary>
public static class JsonReport
{
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IReadOnlyList<Finding> findings, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteNumber("errors", findings.Count(f => f.Severity == Severity.Error));
        json.WriteNumber("warnings", findings.Count(f => f.Severity == Severity.Warning));
        json.WriteStartArray("findings");
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("file", f.Where.File);
            json.WriteNumber(f.Unit == LocationUnit.Paragraph ? "paragraph" : "line", f.Where.Line);
            json.WriteNumber("column", f.Where.Column);
            json.WriteString("severity", f.Label);
            json.WriteString("rule", f.RuleId);
            json.WriteNumber("confidence", Math.Round(f.Confidence.Value, 2));
            json.WriteString("message", f.Message);
            if (f.Hint is { } hint) json.WriteString("hint", hint);
            if (f.Fix is { } fix)
            {
                json.WriteStartObject("fix");
                json.WriteString("replace", fix.Old);
                json.WriteString("with", fix.New);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
