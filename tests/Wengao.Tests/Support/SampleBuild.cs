using Wengao.Pipeline;

namespace Wengao.Tests.Support;

/// <summary>The sample content built once for all tests that only read the output.</summary>
public sealed class SampleBuild : IDisposable
{
    private readonly TempDir _dir = new();

    public SampleBuild()
    {
        Report = SiteBuilder.Run(new BuildOptions(Repo.Content, Repo.Templates, _dir["output"]));
    }

    public BuildReport Report { get; }
    public string Output => _dir["output"];
    public string Site => Path.Combine(Output, "internal", "site");
    public string PdfDirectory => Path.Combine(Output, "internal", "pdf");

    public string SpeechSlug => Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(Site, "speeches"), "*.html").Single());
    public string SpeechPdf => Path.Combine(PdfDirectory, SpeechSlug + ".pdf");
    public string ReadingPdf => Path.Combine(PdfDirectory, SpeechSlug + "-reading.pdf");
    public string SpeechHtml => Path.Combine(Site, "speeches", SpeechSlug + ".html");

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleBuild>
{
    public const string Name = "sample build";
}
