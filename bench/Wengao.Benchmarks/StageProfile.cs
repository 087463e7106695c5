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
    /// <param name="heap">after each stage, collect and print the live heap (what the stage's results hold), at the cost of a full collection each</param>
    public static int Run(string content, string templatesRoot, bool noPdf, bool heap = false)
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
            var live = heap ? $"{GC.GetTotalMemory(forceFullCollection: true) / 1048576,6} MB live  " : "";
            Console.WriteLine($"{name,-28} {clock.Elapsed.TotalMilliseconds,9:0} ms {(now - cpu).TotalMilliseconds,9:0} ms CPU  {live}{detail}");
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
        }

        var corpus = CorpusLoader.Load(content);
        Stage("load (YAML + files)", $"{corpus.Documents.Length} documents");
        var templates = new TemplateSet(Path.Combine(templatesRoot, "html"));
        Stage("parse templates");
        var parsed = corpus.Documents.AsParallel().AsOrdered().Select(s => DocumentParser.Parse(s, corpus)).ToList();
        Stage("expand + parse (parallel)");
        // As the build runs them: warnings counted, not kept (5 million findings at 50,000 speeches would be the heap).
        var checks = Checker.Summarise(corpus, sampleSize: 10, Checker.BuildConfidence);
        Stage("proofreading checks", $"{checks.Errors.Count} errors, {checks.Warnings} warnings");
        var html = new HtmlSite(templates, corpus.Site, new Navigation(parsed));
        // Written as they are rendered, as the build does: holding every page would count their bytes in the heap.
        var dir = Path.Combine(Path.GetTempPath(), $"wengao-profile-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        var pageBytes = parsed.AsParallel().Select((s, i) =>
        {
            var page = Encoding.UTF8.GetBytes(html.Document(s));
            File.WriteAllBytes(Path.Combine(dir, $"{i}.html"), page);
            return (long)page.Length;
        }).Sum();
        Stage("render + write HTML (parallel)", $"{pageBytes / 1024} KB");
        var index = html.Index(corpus.Kinds, parsed).Select(p => p.Render()).ToList();
        Stage("render index", $"{index.Count} pages, {index.Sum(p => (long)p.Length) / 1024} KB");
        var ordered = Render.Search.SearchIndex.Order(parsed, [.. corpus.Kinds.Select(k => k.Name)]);
        var chunkCounts = ordered.AsParallel().Select(Render.Search.SearchIndex.ChunkCount).Sum();
        Stage("search index: text", $"{chunkCounts} chunks");
        var (entry, shards) = Render.Search.SearchIndex.Build(ordered);
        Stage("search index: shards", $"{shards.Count} shards, {(entry.Length + shards.Sum(s => (long)s.Length)) / 1024} KB");
        var chunks = ordered.AsParallel().Select((d, n) => Render.Search.SearchIndex.Documents(d, n).Sum(k => (long)k.Length)).ToList();
        Stage("search index: chunks", $"{chunks.Sum() / 1024} KB");
        Directory.Delete(dir, recursive: true);
        Stage("delete HTML files");
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
