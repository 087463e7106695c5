using Wengao.Pipeline;
using Wengao.Tests.Browser;
using Wengao.Tests.Support;

namespace Wengao.Tests.Search;

/// <summary>5,000 speeches of <see cref="SpeechCorpus"/> built once (the internal edition, no PDFs) and served.</summary>
public sealed class LargeSearchSite : ServedSite
{
    public const int Count = 5000;
    private readonly TempDir _dir = new();
    private string? _site;

    /// <summary>The built site's folder.</summary>
    public string Folder => Site;

    protected override string Site => _site ??= Build();

    private string Build()
    {
        SpeechCorpus.Write(_dir["content"], Count);
        SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, _dir["output"], Pdf: false, Edition: "internal"));
        return _dir["output/internal/site"];
    }

    protected override void Cleanup() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class LargeSearchCollection : ICollectionFixture<LargeSearchSite>
{
    public const string Name = "5,000 speeches";
}
