using Wengao.Pipeline;

namespace Wengao.Tests.Support;

/// <summary>The sample content built once for all tests that only read the output.</summary>
public sealed class SampleBuild : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Lazy<string> _again;

    public SampleBuild()
    {
        Report = SiteBuilder.Run(new BuildOptions(Repo.Content, Repo.Templates, _dir["output"]));
        _again = new(() =>
        {
            SiteBuilder.Run(new BuildOptions(Repo.Content, Repo.Templates, _dir["again"]));
            return _dir["again"];
        });
    }

    /// <summary>A second build of the same sources into a folder of its own, made when a test first asks (the determinism tests of each output kind).</summary>
    public string Again => _again.Value;

    public BuildReport Report { get; }
    public string Output => _dir["output"];
    public string Site => Path.Combine(Output, "internal", "site");
    public string PdfDirectory => Path.Combine(Output, "internal", "pdf");

    public string SpeechSlug => Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(Site, "speeches"), "*.html").Single());
    public string SpeechPdf => Path.Combine(PdfDirectory, SpeechSlug + ".pdf");
    public string ReadingPdf => Path.Combine(PdfDirectory, SpeechSlug + "-reading.pdf");
    public string SpeechHtml => Path.Combine(Site, "speeches", SpeechSlug + ".html");

    /// <summary>Each file of <paramref name="folder"/> (an edition's docx/, ofd/…) in both builds: the first's bytes, then the second's.</summary>
    public IEnumerable<(string File, byte[] First, byte[] Again)> BothBuilds(string folder) =>
        from edition in new[] { "internal", "public" }
        from path in Directory.GetFiles(Path.Combine(Output, edition, folder)).Order(StringComparer.Ordinal)
        let relative = Path.GetRelativePath(Output, path)
        select (relative, File.ReadAllBytes(path), File.ReadAllBytes(Path.Combine(Again, relative)));

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleBuild>
{
    public const string Name = "sample build";
}
