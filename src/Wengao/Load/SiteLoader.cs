using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Loads content/site.yml.</summary>
internal static class SiteLoader
{
    /// <summary>The keys of `fonts:` in site.yml, one per role.</summary>
    public static readonly IReadOnlyDictionary<string, FontRole> RoleKeys = new Dictionary<string, FontRole>
    {
        ["fangsong"] = FontRole.FangSong,
        ["xiaobiaosong"] = FontRole.XiaoBiaoSong,
        ["heiti"] = FontRole.HeiTi,
        ["kaiti"] = FontRole.KaiTi,
        ["songti"] = FontRole.SongTi,
    };

    public static Site Load(string contentDirectory)
    {
        var path = Path.Combine(contentDirectory, "site.yml");
        if (!File.Exists(path))
            throw new Diagnostics.BuildFailedException(new Diagnostics.SourceError(new(path, 1, 1),
                "site.yml is missing", "create content/site.yml with at least `title: …`"));
        var errors = new ErrorList();
        var yaml = YamlDocument.Parse(SourceText.Read(path), path, 1, errors);
        var title = yaml.String("title", required: true) ?? "";
        var organisation = yaml.String("organisation") ?? "";
        var rate = yaml.Number("speaking_rate") ?? 180;
        if (rate <= 0) errors.Add(yaml.SpanOf("speaking_rate"), "`speaking_rate` must be above 0", "characters per minute read aloud; 180 is usual");
        var chains = ImmutableDictionary.CreateBuilder<FontRole, ImmutableArray<string>>();
        if (yaml.Mapping("fonts") is { } fonts)
        {
            foreach (var (key, role) in RoleKeys)
                if (fonts.StringList(key) is { Length: > 0 } chain) chains[role] = chain;
            fonts.Done();
        }
        var checks = Check.CheckSettings.Read(yaml.Mapping("checks"), errors);
        var editions = yaml.MappingList("editions").Select(e =>
        {
            var edition = new Edition(e.String("name", required: true) ?? "", e.String("mask") ?? "xxx");
            if (!System.Text.RegularExpressions.Regex.IsMatch(edition.Name, "^[a-z][a-z0-9-]*$"))
                errors.Add(e.SpanOf("name"), $"edition name `{edition.Name}` cannot name a folder", "use lower-case Latin letters, e.g. internal, public");
            e.Done();
            return edition;
        }).ToImmutableArray();
        var baseUrl = yaml.String("base_url");
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
            errors.Add(yaml.SpanOf("base_url"), "`base_url` must be an absolute URL", "e.g. base_url: http://intranet.example/wengao/");
        var timeLimit = yaml.Integer("expression_time_limit") ?? Site.DefaultExpressionTimeLimit;
        if (timeLimit <= 0)
            errors.Add(yaml.SpanOf("expression_time_limit"), "`expression_time_limit` must be above 0",
                $"the seconds a build's template and body expressions may take together; {Site.DefaultExpressionTimeLimit} if not given");
        yaml.Done();
        errors.ThrowIfAny();
        return new Site(title, organisation, rate, chains.ToImmutable(), contentDirectory, checks, editions,
            baseUrl is null ? null : baseUrl.TrimEnd('/') + "/", timeLimit);
    }
}
