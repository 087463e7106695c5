using System.Diagnostics;
using System.Text;
using Markdig.Syntax;
using Wengao.Check;
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
        var progress = new ProgressMeter(options.Progress);
        progress.Stage("load");
        var corpus = CorpusLoader.Load(options.Content);
        if (!options.Drafts)
            corpus = corpus with { Speeches = [.. corpus.Speeches.Where(s => !s.Draft)], Briefings = [.. corpus.Briefings.Where(b => !b.Draft)] };
        var templates = new TemplateSet(Path.Combine(options.Templates, "html"));
        var setter = options.Pdf ? DocumentSetter.Create(corpus.Site) : null;

        var errors = new ErrorList();
        progress.Stage("parse", corpus.Speeches.Length + corpus.Briefings.Length);
        var parsed = corpus.Speeches.AsParallel().AsOrdered()
            .Select(s => errors.Catch(() => Parse(s, corpus)))
            .ToList();
        errors.ThrowIfAny();
        var speeches = parsed.OfType<ParsedSpeech>().ToList();
        var briefings = corpus.Briefings.AsParallel().AsOrdered()
            .Select(b => errors.Catch(() => ParseBriefing(b, corpus))).OfType<ParsedBriefing>().ToList();
        errors.ThrowIfAny();
        var findings = Checker.Run(corpus); // the proofreading checks: errors fail the build, warnings are reported
        Checker.ThrowIfErrors(findings);

        using var output = new OutputFolder(options.Output);
        var site = Path.Combine(output.Staging, "site");
        var html = new HtmlSite(templates, corpus.Site);
        var pdfPages = 0;
        progress.Stage("render", corpus.Speeches.Length + corpus.Briefings.Length);
        void WritePdf(string relative, PdfFile pdf)
        {
            Interlocked.Add(ref pdfPages, pdf.Pages);
            Write(output.Staging, relative, pdf.Bytes);
            Write(site, relative, pdf.Bytes); // the site links its own copy, so it works wherever it is served
        }
        Parallel.ForEach(speeches, speech => errors.Catch(() =>
        {
            var slug = speech.Speech.Slug;
            Write(site, SitePaths.Speech(slug), html.Speech(speech));
            if (setter is not null)
                foreach (var layout in PageLayout.All)
                    WritePdf(SitePaths.Pdf(slug, layout.FileSuffix), SpeechPdf.Render(setter, speech, layout));
            progress.Advance();
            return speech;
        }));
        Parallel.ForEach(briefings, briefing => errors.Catch(() =>
        {
            Write(site, SitePaths.Briefing(briefing.Briefing.Slug), html.Briefing(briefing));
            if (setter is not null) WritePdf(SitePaths.Pdf(briefing.Briefing.Slug), BriefingPdf.Render(setter, briefing));
            progress.Advance();
            return briefing;
        }));
        errors.ThrowIfAny();
        progress.Stage("write");
        Write(site, SitePaths.Index, html.Index(speeches, briefings));
        Write(site, SitePaths.Outcomes, html.Outcomes(corpus.Outcomes.Values.OrderBy(o => o.Id, StringComparer.Ordinal)));
        CopyStatic(templates.StaticDirectory, site);
        output.Commit();

        return new BuildReport(output.Target, speeches.Count + briefings.Count + 2,
            setter is null ? 0 : speeches.Count * PageLayout.All.Count + briefings.Count, pdfPages,
            setter?.FontReport ?? [], clock.Elapsed, findings);
    }

    public static ParsedSpeech Parse(Speech speech, Corpus corpus)
    {
        var outcomes = speech.OutcomesId is { } id ? corpus.Outcomes[id] : null;
        var document = SpeechMarkdown.Parse(BodyExpander.Expand(speech, corpus.Site, outcomes));
        var characters = ChineseText.CountCharacters(string.Concat(
            document.Descendants<LeafBlock>().Select(b => SpeechMarkdown.PlainText(b.Inline))));
        return new ParsedSpeech(speech, document, characters, ChineseText.SpeakingMinutes(characters, corpus.Site.SpeakingRate));
    }

    public static ParsedBriefing ParseBriefing(Briefing briefing, Corpus corpus)
    {
        var outcomes = briefing.OutcomesId is { } id ? corpus.Outcomes[id] : null;
        return new ParsedBriefing(briefing, SpeechMarkdown.Parse(BodyExpander.Expand(briefing, corpus.Site, outcomes)), outcomes);
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
