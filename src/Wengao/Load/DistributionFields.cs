using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>
/// Reads who a document's numbered copies go to (docs/copies.md): `issued_to:`, each recipient with its number of copies
/// in the order they are numbered, and `watermark:`, whether each copy names its recipient across its pages. Any kind
/// of document may carry them, where its kind makes numbered copies of a PDF (`copies: true`); each bad value is an
/// error at its line.
/// </summary>
internal static class DistributionFields
{
    public static readonly string[] Keys = ["issued_to", "watermark"];

    private const string Example = "e.g.\nissued_to:\n  市委办公室: 2\n  市政府办公室: 1";

    public static Distribution Read(YamlFields yaml, DocumentKind kind, ErrorList errors)
    {
        var recipients = ImmutableArray.CreateBuilder<(string, int)>();
        if (yaml.Mapping("issued_to") is { } list)
        {
            foreach (var recipient in list.Keys.ToList())
            {
                if (list.Integer(recipient, required: true) is not { } copies) continue;
                if (copies < 1)
                    errors.Add(list.SpanOf(recipient), $"`{recipient}` is issued {copies} copies", $"give each recipient at least one copy, or delete its line; {Example}");
                else recipients.Add((recipient, copies));
            }
            if (!list.Keys.Any())
                errors.Add(yaml.SpanOf("issued_to"), "`issued_to` names no recipient", $"name each recipient with its number of copies; {Example}");
        }
        var distribution = new Distribution(recipients.ToImmutable(), yaml.Boolean("watermark") ?? false);
        if (distribution.Count > Distribution.MaxNumber)
            errors.Add(yaml.SpanOf("issued_to"), $"`issued_to` issues {distribution.Count} copies",
                $"a 份号 has {Distribution.NumberDigits} digits (GB/T 9704 §7.2.1): issue at most {Distribution.MaxNumber} copies");
        if (yaml.Has("issued_to") && !kind.Pdfs.Any(p => p.Copies))
            errors.Add(yaml.SpanOf("issued_to"), $"a {kind.Label} makes no numbered copies",
                $"add `copies: true` to one of the PDFs under `pdfs:` in the kind's declaration ({kind.Where.File}), or delete `issued_to`");
        if (distribution.Watermark && !yaml.Has("issued_to"))
            errors.Add(yaml.SpanOf("watermark"), "`watermark` names each copy's recipient, and `issued_to` names none",
                $"list the recipients under `issued_to`, or delete `watermark`; {Example}");
        return distribution;
    }
}
