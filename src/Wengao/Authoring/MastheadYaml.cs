using Wengao.Model;

namespace Wengao.Authoring;

/// <summary>The front matter of a briefing's 报头 and 报尾 (<see cref="DraftMasthead"/>, <see cref="DraftFoot"/>), into the fields its kind's rule names.</summary>
internal static class MastheadYaml
{
    /// <summary>Writes what the draft's 报头 and 报尾 give; the fields written.</summary>
    public static IEnumerable<string> Write(MappedText yaml, DocumentKind kind, MastheadRule rule, DraftLayout layout)
    {
        var (head, foot) = (layout.Masthead, layout.Foot);
        if (rule.Name is { } name && head.Name is { } nameLine)
        {
            yaml.Append($"{name}: ").Quote(nameLine.Text, DraftPlace.In(nameLine)).Append("  # 报头\n");
            yield return name;
        }
        if (rule.Issue is { } issue && head.Number is { } number)
        {
            yaml.Append($"{issue}: {number}  # 期号\n");
            yield return issue;
        }
        if (kind.Author is { } author && head.Issuer is { } issuer)
        {
            yaml.Append($"{author}: ").Quote(issuer.Text, DraftPlace.In(issuer)).Append("  # 编印单位\n");
            yield return author;
        }
        if (rule.Distribution is { } distribution && foot.Lists.Count > 0)
        {
            yaml.Append($"{distribution}:  # 报尾\n");
            foreach (var (key, line, to) in foot.Lists)
            {
                yaml.Append($"  {key}:\n");
                var at = line.Text.IndexOf(to[0], StringComparison.Ordinal);
                foreach (var organ in to)
                {
                    at = line.Text.IndexOf(organ, at, StringComparison.Ordinal);
                    yaml.Append("    - ").Quote(organ, DraftPlace.In(line, at)).Append("\n");
                    at += organ.Length;
                }
            }
            yield return distribution;
        }
        if (rule.Copies is { } copies && foot.Copies is { } count)
        {
            yaml.Append($"{copies}: {count}  # 共印份数\n");
            yield return copies;
        }
    }
}
