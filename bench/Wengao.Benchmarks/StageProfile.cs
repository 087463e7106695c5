using System.Diagnostics;
using System.Text;
using Wengao.Pipeline;
using Wengao.Check;
using Wengao.Load;
using Wengao.Parse;
using Wengao.Render.Html;
using Wengao.Render.Pdf;
using Wengao.Render.Templates;
using Wengao.Render.Pdf.Layout;

namespace Wengao.Benchmarks;

/// <summary>
/// A stopwatch-timed build through the library's public API, stage by stage, as SiteBuilder.Run does it
/// (parallel where it is parallel), so the whole-process times of bench/run.sh can be split into their parts.
/// Each stage is timed once, cold: the first stage includes the JIT of what it runs.
/// </summary>
public static class StageProfile
{
    public static int Run(string content, string templatesRoot, bool noPdf)
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine($"process start → Main: {sinceStart.TotalMilliseconds:0} ms");
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        // CPU time beside wall time: on a shared machine the wall time of a stage depends on the load, its CPU time much less.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        void Stage(string name, string detail = "")
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            Console.WriteLine($"{name,-28} {clock.Elapsed.TotalMilliseconds,9:0} ms {(now - cpu).TotalMilliseconds,9:0} ms CPU  {detail}");
            cpu = now;
            clock.Restart();
        }

        var corpus = CorpusLoader.Load(content);
        Stage("load (YAML + files)", $"{corpus.Documents.Length} documents");
        var templates = new TemplateSet(Path.Combine(templatesRoot, "html"));
        Stage("parse templates");
        var parsed = corpus.Documents.AsParallel().AsOrdered().Select(s => DocumentParser.Parse(s, corpus)).ToList();
        Stage("expand + parse (parallel)");
        var findings = Checker.Run(corpus);
        Stage("proofreading checks", $"{findings.Count} findings");
        var html = new HtmlSite(templates, corpus.Site, new Navigation(parsed));
        var pages = parsed.AsParallel().AsOrdered().Select(s => Encoding.UTF8.GetBytes(html.Document(s))).ToList();
        Stage("render HTML (parallel)", $"{pages.Sum(p => (long)p.Length) / 1024} KB");
        var index = html.Index(corpus.Kinds, parsed).Select(p => p.Render()).ToList();
        Stage("render index", $"{index.Count} pages, {index.Sum(p => (long)p.Length) / 1024} KB");
        var ordered = Render.Search.SearchIndex.Order(parsed, [.. corpus.Kinds.Select(k => k.Name)]);
        var chunkCounts = ordered.AsParallel().Select(Render.Search.SearchIndex.ChunkCount).Sum();
        Stage("search index: text", $"{chunkCounts} chunks");
        var (entry, shards) = Render.Search.SearchIndex.Build(ordered);
        Stage("search index: shards", $"{shards.Count} shards, {(entry.Length + shards.Sum(s => (long)s.Length)) / 1024} KB");
        var chunks = ordered.AsParallel().Select((d, n) => Render.Search.SearchIndex.Documents(d, n).Sum(k => (long)k.Length)).ToList();
        Stage("search index: chunks", $"{chunks.Sum() / 1024} KB");
        var dir = Path.Combine(Path.GetTempPath(), $"wengao-profile-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        Parallel.For(0, pages.Count, i => File.WriteAllBytes(Path.Combine(dir, $"{i}.html"), pages[i]));
        Directory.Delete(dir, recursive: true);
        Stage("write + delete HTML files");
        if (!noPdf)
        {
            var setter = DocumentSetter.Create(corpus.Site);
            Stage("fonts (DocumentSetter)");
            var sample = parsed.Take(200).ToList();
            var pdfTemplates = new PdfTemplates(Path.Combine(templatesRoot, "pdf"));
            foreach (var (template, suffix) in corpus.Kinds.First(k => k.Name == "speech").Pdfs.Select(p => (p.Template, p.Suffix)))
            {
                var count = 0;
                var bytes = 0L;
                Parallel.ForEach(sample, s =>
                {
                    var pdf = pdfTemplates.Render(setter, template, PdfSources.Of(s, corpus.Site));
                    Interlocked.Add(ref count, pdf.Pages);
                    Interlocked.Add(ref bytes, pdf.Bytes.Length);
                });
                var seconds = clock.Elapsed.TotalSeconds;
                Stage($"PDF {(suffix == "" ? "manuscript" : "reading copy")} ×{sample.Count}",
                    $"{count} pages, {count / seconds:0} pages/s, {bytes / 1024 / Math.Max(1, count)} KB/page");
            }
        }
        Console.WriteLine($"{"total",-28} {total.Elapsed.TotalMilliseconds,9:0} ms  (GC: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2, "
            + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB)");
        return 0;
    }
}
