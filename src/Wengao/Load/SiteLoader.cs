using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Loads content/site.yml.</summary>
public static partial class SiteLoader
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

    /// <summary>Characters a minute read aloud when site.yml sets no `speaking_rate`: the usual pace of an official speech.</summary>
    public const double DefaultSpeakingRate = 180;

    public static Site Load(string contentDirectory)
    {
        var path = Path.Combine(contentDirectory, "site.yml");
        if (!File.Exists(path))
            throw new Diagnostics.BuildFailedException(new Model.SourceError(new(path, 1, 1),
                "site.yml is missing", "create content/site.yml with at least `title: …`"));
        var errors = new ErrorList();
        var yaml = YamlDocument.Parse(SourceText.Read(path), path, 1, errors);
        var title = yaml.String("title", required: true) ?? "";
        var organisation = yaml.String("organisation") ?? "";
        var rate = yaml.Number("speaking_rate") ?? DefaultSpeakingRate;
        if (rate <= 0) errors.Add(yaml.SpanOf("speaking_rate"), "`speaking_rate` must be above 0", "characters per minute read aloud; 180 is usual");
        var chains = ImmutableDictionary.CreateBuilder<FontRole, ImmutableArray<string>>();
        if (yaml.Mapping("fonts") is { } fonts)
        {
            foreach (var (key, role) in RoleKeys)
                if (fonts.StringList(key) is { Length: > 0 } chain) chains[role] = chain;
            fonts.Done();
        }
        var checks = CheckSettings.Read(yaml.Mapping("checks"), errors);
        var editions = yaml.MappingList("editions").Select(e =>
        {
            var edition = new Edition(e.String("name", required: true) ?? "", e.String("mask") ?? "xxx");
            if (!Regex.IsMatch(edition.Name, "^[a-z][a-z0-9-]*$"))
                errors.Add(e.SpanOf("name"), $"edition name `{edition.Name}` cannot name a folder", "use lower-case Latin letters, e.g. internal, public");
            e.Done();
            return edition;
        }).ToImmutableArray();
        var baseUrl = yaml.String("base_url");
        if (baseUrl is not null && BaseUrlProblem(baseUrl) is { } problem)
            errors.Add(yaml.SpanOf("base_url"), $"`base_url` {problem}", "e.g. base_url: https://intranet.example/wengao/");
        var imageHosts = ImmutableArray<string>.Empty;
        if (yaml.Mapping("images") is { } images)
        {
            imageHosts = [.. images.StringList("allow_hosts").Select(h => h.Trim().ToLowerInvariant())];
            foreach (var host in imageHosts.Where(h => !HostName().IsMatch(h)))
                errors.Add(images.SpanOf("allow_hosts"), $"`{host}` in `allow_hosts` is not a host name",
                    "name the host alone, without scheme, path or port: e.g. allow_hosts: [images.intranet.example]");
            images.Done();
        }
        var timeLimit = yaml.Integer("expression_time_limit") ?? Site.DefaultExpressionTimeLimit;
        if (timeLimit <= 0)
            errors.Add(yaml.SpanOf("expression_time_limit"), "`expression_time_limit` must be above 0",
                $"the seconds a build's template and body expressions may take together; {Site.DefaultExpressionTimeLimit} if not given");
        var lists = Lists(yaml.Mapping("lists"), errors);
        yaml.Done();
        errors.ThrowIfAny();
        return new Site(title, organisation, rate, chains.ToImmutable(), contentDirectory, checks, editions,
            baseUrl is null ? null : baseUrl.TrimEnd('/') + "/", imageHosts, timeLimit, lists);
    }

    /// <summary>The keys of `lists: name_order:`.</summary>
    public static readonly IReadOnlyDictionary<string, NameOrdering> NameOrders = new Dictionary<string, NameOrdering>
    {
        ["pinyin"] = NameOrdering.Pinyin,
        ["strokes"] = NameOrdering.Strokes,
    };

    /// <summary>`lists:`: `page_size` (rows a list page shows) and `name_order` (pinyin or strokes).</summary>
    private static ListSettings? Lists(YamlFields? lists, ErrorList errors)
    {
        if (lists is null) return null;
        var size = lists.Integer("page_size") ?? ListSettings.DefaultPageSize;
        if (size <= 0)
            errors.Add(lists.SpanOf("page_size"), "`page_size` must be above 0",
                $"the documents or names a list page shows; {ListSettings.DefaultPageSize} if not given");
        var orderName = lists.String("name_order") ?? "pinyin";
        if (!NameOrders.TryGetValue(orderName, out var order))
            errors.Add(lists.SpanOf("name_order"), $"`name_order` cannot be `{orderName}`",
                "write `pinyin` (by pinyin, as an index orders names) or `strokes` (by stroke count, 姓氏笔画)");
        lists.Done();
        return new ListSettings(size, order);
    }

    /// <summary>
    /// Why a `base_url` cannot be where the site is published, or null: it is written into links of 404.html, the feed
    /// and the sitemap, so it must be a web address a reader's browser opens, never a script (javascript:) or a file.
    /// </summary>
    private static string? BaseUrlProblem(string url) =>
        url.Any(c => c <= ' ' || char.IsControl(c)) ? "must not contain spaces or control characters"
        : !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0
            || !url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)
            ? "must be an absolute http or https URL"
        : uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0
            ? "must be the address of a folder: no user name, query (?) or fragment (#)"
        : null;

    // A DNS name or an IPv4 address: letters, digits, hyphens and dots (RFC 1123 §2.1), lower case by now.
    [GeneratedRegex(@"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostName();
}
