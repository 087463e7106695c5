using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Wengao.Parse;

/// <summary>
/// What a published page may point to: a link opens a web page (http, https), writes an e-mail (mailto), or goes to a
/// page of the site or a heading (relative, #); nothing a browser would run (javascript:, vbscript:, data:). An image
/// is a file of the site: one from another host would make every reader's browser ask that host for it.
/// </summary>
/// <param name="ImageHosts">the hosts images may come from (site.yml `images: allow_hosts:`), lower case; none by default</param>
public sealed record SafeUrls(ImmutableArray<string> ImageHosts)
{
    public static SafeUrls For(Model.Site site) => new(site.ImageHosts.IsDefault ? [] : site.ImageHosts);

    // The schemes a link may have; the list is short on purpose (issue 14: nothing executable from any source).
    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// Every link and image of a parsed body that breaks the rules: its place among the document's inlines (in
    /// <c>Descendants&lt;Inline&gt;()</c> order, to be located by <see cref="SpeechMarkdown"/>), what is wrong and how to fix it.
    /// </summary>
    public IReadOnlyList<(int Index, string Message, string Hint)> Check(MarkdownDocument document)
    {
        List<(int, string, string)>? problems = null;
        var index = 0;
        foreach (var inline in document.Descendants<Inline>())
        {
            var problem = inline switch
            {
                LinkInline { IsImage: true } image => ImageProblem(image.Url ?? ""),
                LinkInline link => LinkProblem(link.Url ?? ""),
                AutolinkInline { IsEmail: false } auto => LinkProblem(auto.Url),
                _ => null,
            };
            if (problem is { } p) (problems ??= []).Add((index, p.Message, p.Hint));
            index++;
        }
        return problems ?? (IReadOnlyList<(int, string, string)>)[];
    }

    private static (string Message, string Hint)? LinkProblem(string url) =>
        Scheme(url) is { } scheme && !LinkSchemes.Contains(scheme)
            ? ($"a link to `{scheme}:` is not published: links may only be http, https, mailto, relative or #",
                "link a web page (https://…), an e-mail address (mailto:…), a page of the site (../speeches/x.html) or a heading (#一总体要求); remove the script or data link")
            : null;

    private (string Message, string Hint)? ImageProblem(string url)
    {
        var scheme = Scheme(url);
        if (scheme is not null and not "http" and not "https")
            return ($"an image from `{scheme}:` is not published: images are files of the site",
                "copy the image into the content and link it by a relative path, e.g. ![图](images/x.png)");
        if (Host(url) is not { } host || ImageHosts.Contains(host)) return null;
        return ($"an image from another host ({host}) is not published: each reader's browser would ask that host for it",
            ImageHosts.IsEmpty
                ? "copy the image into the content and link it by a relative path; or allow the host in site.yml: `images: { allow_hosts: [" + host + "] }`"
                : $"copy the image into the content, or add {host} to `images: allow_hosts:` in site.yml (now: {string.Join(", ", ImageHosts)})");
    }

    /// <summary>
    /// The scheme of a URL as a browser reads it, lower case; null for a relative URL. Markdig has decoded entities and
    /// backslash escapes already (`&amp;#106;avascript:` is `javascript:` here); a browser drops tabs and line breaks
    /// anywhere and control characters and spaces at the ends (WHATWG URL §4.4), so `java&#9;script:` is a scheme too.
    /// Whitespace and controls are dropped everywhere, which is stricter than a browser and never looser.
    /// </summary>
    public static string? Scheme(string url)
    {
        var length = 0;
        Span<char> scheme = stackalloc char[MaxSchemeLength];
        foreach (var c in url)
        {
            if (c <= ' ' || char.IsControl(c)) continue;
            if (c == ':') return length > 0 ? new string(scheme[..length]) : null;
            // A scheme is an ASCII letter, then letters, digits, + - . (RFC 3986 §3.1); anything else ends it: relative.
            var fits = length == 0 ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
            if (!fits || length == MaxSchemeLength) return null;
            scheme[length++] = char.ToLowerInvariant(c);
        }
        return null;
    }

    // No registered scheme is longer (the IANA list's longest is under 40 characters); a longer run is no scheme.
    private const int MaxSchemeLength = 64;

    /// <summary>
    /// The host an absolute or network-path URL (`//host/x`) names, lower case; null for one on the site itself.
    /// Browsers read `\` as `/` in http URLs, so `\\evil.example\x.png` names a host too.
    /// </summary>
    private static string? Host(string url)
    {
        var cleaned = string.Concat(url.Where(c => c > ' ' && !char.IsControl(c))).Replace('\\', '/');
        if (Scheme(cleaned) is null && !cleaned.StartsWith("//", StringComparison.Ordinal)) return null;
        var absolute = cleaned.StartsWith("//", StringComparison.Ordinal) ? "http:" + cleaned : cleaned;
        return Uri.TryCreate(absolute, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.IdnHost.ToLowerInvariant()
            : "(an unreadable host)";
    }

}
