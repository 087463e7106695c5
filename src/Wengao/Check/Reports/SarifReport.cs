using System.Text.Json;
using Wengao.Model;

namespace Wengao.Check.Reports;

/// <summary>
/// Findings as SARIF 2.1.0, which editors and code-review tools read: one run, the rules in tool.driver.rules,
/// one result per finding with its physical location (columns in Unicode code points), its `rank` (the finding's
/// <see cref="Confidence"/> from 0 to 100, SARIF §3.27.24) and the safe fix.
/// SARIF regions count lines of text; a finding in a Word file names the file alone, its paragraph and column in
/// the location's message and properties (`paragraph`, `column`), and no fix, as Word files are not rewritten.
/// </summary>
public static class SarifReport
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(IReadOnlyList<Finding> findings, Stream output)
    {
        var rules = Checker.Rules.Select((r, i) => (r, i)).ToDictionary(p => p.r.Id, p => p.i, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(output, JsonReport.Options);
        json.WriteStartObject();
        json.WriteString("version", "2.1.0");
        json.WriteString("$schema", Schema);
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "wengao");
        json.WriteStartArray("rules");
        foreach (var rule in Checker.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Summary);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "unicodeCodePoints");
        json.WriteStartArray("results");
        foreach (var f in findings) WriteResult(json, f, rules[f.RuleId]);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding f, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(f.Severity));
        json.WriteNumber("rank", f.Confidence.Rank);
        json.WriteStartObject("message");
        json.WriteString("text", f.Hint is null ? f.Message : $"{f.Message} ({f.Hint})");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysical(json, f);
        json.WriteEndObject();
        json.WriteEndArray();
        if (f.Fix is { } fix && f.Unit == LocationUnit.Line)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", $"replace \"{fix.Old}\" with \"{fix.New}\"");
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", Uri(f.Where.File));
            json.WriteEndObject();
            json.WriteStartArray("replacements");
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            WriteRegion(json, f, fix.Old.Length);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", fix.New);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WritePhysical(Utf8JsonWriter json, Finding f)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(f.Where.File));
        json.WriteEndObject();
        if (f.Unit == LocationUnit.Paragraph)
        {
            json.WriteEndObject();
            json.WriteStartObject("message");
            json.WriteString("text", $"paragraph {f.Where.Line}, column {f.Where.Column}");
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteNumber("paragraph", f.Where.Line);
            json.WriteNumber("column", f.Where.Column);
            json.WriteEndObject();
            return;
        }
        json.WriteStartObject("region");
        WriteRegion(json, f, 0);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, Finding f, int width)
    {
        json.WriteNumber("startLine", f.Where.Line);
        json.WriteNumber("startColumn", f.Where.Column);
        if (width == 0) return;
        json.WriteNumber("endLine", f.Where.Line);
        json.WriteNumber("endColumn", f.Where.Column + width);
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";

    /// <summary>A file URI for an absolute path; otherwise a relative reference with / separators, each segment escaped.</summary>
    private static string Uri(string path) => Path.IsPathRooted(path)
        ? new System.Uri(Path.GetFullPath(path)).AbsoluteUri
        : string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
}
