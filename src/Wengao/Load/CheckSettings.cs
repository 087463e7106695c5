using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>site.yml's `checks:` mapping: a rule id and `error`, `warning` or `off`.</summary>
internal static class CheckSettings
{
    public static ImmutableDictionary<string, Severity> Read(YamlFields? checks, ErrorList errors)
    {
        var settings = ImmutableDictionary.CreateBuilder<string, Severity>(StringComparer.Ordinal);
        if (checks is null) return settings.ToImmutable();
        foreach (var id in RuleIds.All)
        {
            if (checks.String(id) is not { } value) continue;
            Severity? severity = value switch { "error" => Severity.Error, "warning" => Severity.Warning, "off" => Severity.Off, _ => null };
            if (severity is { } known) settings[id] = known;
            else
                errors.Add(checks.SpanOf(id), $"`{id}` must be error, warning or off", $"found `{value}`");
        }
        checks.Done();
        return settings.ToImmutable();
    }
}
