using Wengao.Model;
using Wengao.Parse;
using Wengao.Redact;
using Wengao.Render.Templates;
using Wengao.Render.Html;
using Wengao.Render.Pdf;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// A kind of output (a document's page, its PDFs, the lists, the search index…): one entry of <see cref="OutputKinds.All"/>
/// that plans its files for an edition — where each goes, what it is rendered from, how — and says how the leak scan
/// reads them back. The full build renders every planned output; the incremental build those whose inputs changed.
/// </summary>
internal interface IOutputKind
{
    /// <summary>How the edition's leak scan reads this kind's files back, as a reader would.</summary>
    ReadBack ReadBack { get; }

    IEnumerable<PlannedOutput> Plan(PlanContext context);
}

/// <summary>One output: its files (relative to the edition's folder: site/…, pdf/…), what it is made from, how it is made.</summary>
/// <param name="Inputs">what it is rendered from: when these are the same objects (and texts) as last time, it is not rendered again</param>
/// <param name="Late">written after the pages: a server shows an edited page before every PDF and the search index are done</param>
/// <param name="Document">the document it is one of the outputs of (its page, its PDFs); null for the site-wide ones</param>
internal sealed record PlannedOutput(IOutputKind Kind, IReadOnlyList<string> Files, Inputs Inputs, Func<Rendered> Render, bool Late = false,
    ParsedDocument? Document = null);

/// <summary>
/// An output's files, known when first asked: a document's search chunks, as many as its text makes, counted from its
/// tree when the output is compared or rendered rather than when it is planned, so that planning parses no document.
/// The same files each time: made once.
/// </summary>
internal sealed class FilesWhenRead(Func<IReadOnlyList<string>> make) : IReadOnlyList<string>
{
    private readonly Lazy<IReadOnlyList<string>> _files = new(make);

    public string this[int index] => _files.Value[index];

    public int Count => _files.Value.Count;

    public IEnumerator<string> GetEnumerator() => _files.Value.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>An output's bytes; for a PDF, what was drawn (the leak scan reads it) and its pages.</summary>
/// <param name="Parts">for an output whose files differ (a document's search chunks), each file's bytes in the
/// order of <see cref="PlannedOutput.Files"/>; null where every file gets <paramref name="Bytes"/> (a PDF's two copies)</param>
/// <param name="Stream">for an output of many files made one after another (the search index's entry and shards): makes
/// them, handing each to the writer it is given with its index in <see cref="PlannedOutput.Files"/>, from several threads,
/// so that each is written and dropped as it is made instead of all being held at once (at 50,000 speeches the
/// shards are 286 MB: docs/performance.md); null where the bytes are here. It may hand a file over as null where its
/// bytes are those the last build left in the current output (the build cache knows it: a search shard an edit did not change)</param>
internal sealed record Rendered(byte[] Bytes, PdfFile? Pdf = null, IReadOnlyList<byte[]>? Parts = null, Action<Action<int, byte[]?>>? Stream = null)
{
    /// <summary>Hands each of the output's files to <paramref name="file"/> with its index in <see cref="PlannedOutput.Files"/>, once each, in no set order and from several threads where it is streamed.</summary>
    public void Each(int files, Action<int, byte[]?> file)
    {
        if (Stream is { } stream)
        {
            stream(file);
            return;
        }
        for (var i = 0; i < files; i++) file(i, Parts?[i] ?? Bytes);
    }

    public static Rendered Several(IReadOnlyList<byte[]> parts) => new(parts[0], Parts: parts);

    /// <summary>An output whose files <paramref name="make"/> hands to a writer as it makes them (<see cref="Stream"/>).</summary>
    public static Rendered Streamed(Action<Action<int, byte[]?>> make) => new([], Stream: make);

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Rendered Text(string text) => new(Utf8.GetBytes(text));
}

/// <summary>What an edition's outputs are planned from.</summary>
/// <param name="View">the edition's corpus, masked (its site, kinds and outcomes)</param>
/// <param name="Documents">every document to publish, parsed, newest first</param>
/// <param name="Links">every document's link as one object that stays the same while they do (see <see cref="Navigation"/>)</param>
/// <param name="Pdf">the PDFs' templates and setter; null for a build without PDFs</param>
/// <param name="Copies">the numbered copies asked for (`--copies`); where null, each document's `issued_to` says</param>
/// <param name="SearchCache">the build cache's part for the search index's shards; null where a build keeps none (serve)</param>
/// <param name="Recorded">
/// how many files the build cache recorded for the output whose first file is given, where it was made from inputs with
/// the fingerprint of those given (so the same files are made again); null where it does not know. An output whose
/// number of files its document's text decides (its search chunks) is planned from this without parsing the document.
/// </param>
internal sealed record PlanContext(Corpus View, IReadOnlyList<ParsedDocument> Documents, HtmlSite Html, Navigation Navigation, object Links,
    TemplateSet Templates, PdfMaker? Pdf, CopyNumbers? Copies = null, ISearchIndexCache? SearchCache = null, Func<string, Inputs, int?>? Recorded = null)
{
    /// <summary>
    /// A page's inputs: its data and site.yml. The templates it is rendered from are not among them: the incremental
    /// build notes those a page's render read (its own, layout.sbn, the partials it included) and renders it again when one changes.
    /// </summary>
    public Inputs PageInputs(params object?[] data) => new([.. data, View.Site]);
}

/// <summary>The registry of output kinds, in the order their files are planned: adding one (a .docx, an OFD) is one entry here.</summary>
internal static class OutputKinds
{
    public static readonly IReadOnlyList<IOutputKind> All =
        [new DocumentPages(), new DocumentPdfs(), new DocumentDocx(), new DocumentOfd(), new NumberedCopies(), new OutcomesPage(), new SiteLists(), new SearchIndexFile(), new StaticFiles()];
}
