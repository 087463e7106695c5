using System.Diagnostics;
using System.Text;
using Markdig.Syntax;
using Wengao.Diagnostics;
using Wengao.Expand;
using Wengao.Load;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Html;
using Wengao.Render.Pdf;
using Wengao.Text;

namespace Wengao.Build;

/// <summary>
/// The pipeline: load → expand (Scriban) → parse (Markdig) → render (HTML | PDF) → swap into output/.
/// Templates are parsed and fonts loaded once; speeches are rendered in parallel and written as they finish.
/// </summary>
public static class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static BuildReport Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var corpus = CorpusLoader.Load(options.Content);
        var templates = new TemplateSet(Path.Combine(options.Templates, "html"));
        var manuscripts = options.Pdf ? ManuscriptRenderer.Create(corpus.Site) : null;

        var errors = new ErrorList();
        var parsed = corpus.Speeches.AsParallel().AsOrdered()
            .Select(s => errors.Catch(() => Parse(s, corpus)))
            .ToList();
        errors.ThrowIfAny();
        var speeches = parsed.OfType<ParsedSpeech>().ToList();

        using var output = new OutputFolder(options.Output);
        var site = Path.Combine(output.Staging, "site");
        var html = new HtmlSite(templates, corpus.Site);
        var pdfPages = 0;
        Parallel.ForEach(speeches, speech => errors.Catch(() =>
        {
            var slug = speech.Speech.Slug;
            Write(site, SitePaths.Speech(slug), html.Speech(speech));
            if (manuscripts is null) return speech;
            foreach (var layout in PageLayout.All)
            {
                var pdf = manuscripts.Render(speech, layout);
                Interlocked.Add(ref pdfPages, pdf.Pages);
                Write(output.Staging, SitePaths.Pdf(slug, layout.FileSuffix), pdf.Bytes);
                Write(site, SitePaths.Pdf(slug, layout.FileSuffix), pdf.Bytes);
            }
            return speech;
        }));
        errors.ThrowIfAny();
        Write(site, SitePaths.Index, html.Index(speeches));
        Write(site, SitePaths.Outcomes, html.Outcomes(corpus.Outcomes.Values.OrderBy(o => o.Id, StringComparer.Ordinal)));
        CopyStatic(templates.StaticDirectory, site);
        output.Commit();

        return new BuildReport(output.Target, speeches.Count + 2, manuscripts is null ? 0 : speeches.Count * PageLayout.All.Count, pdfPages,
            manuscripts?.FontReport ?? [], clock.Elapsed);
    }

    public static ParsedSpeech Parse(Speech speech, Corpus corpus)
    {
        var outcomes = speech.OutcomesId is { } id ? corpus.Outcomes[id] : null;
        var document = SpeechMarkdown.Parse(BodyExpander.Expand(speech, corpus.Site, outcomes));
        var characters = ChineseText.CountCharacters(string.Concat(
            document.Descendants<LeafBlock>().Select(b => SpeechMarkdown.PlainText(b.Inline))));
        return new ParsedSpeech(speech, document, characters, ChineseText.SpeakingMinutes(characters, corpus.Site.SpeakingRate));
    }

    private static void Write(string root, string relative, string text) => Write(root, relative, Utf8.GetBytes(text));

    private static void Write(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void CopyStatic(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            Write(to, Path.GetRelativePath(from, file), File.ReadAllBytes(file));
    }
}
