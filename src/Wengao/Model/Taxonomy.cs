namespace Wengao.Model;

/// <summary>
/// The lists the site groups documents in, each a folder of pages: by speaker and by occasion (the fields a kind lists
/// there, `taxonomy:`), and by tag (every document's `tags`).
/// </summary>
public static class Taxonomy
{
    public const string Speakers = "speakers", Occasions = "occasions", Tags = "tags";

    /// <summary>The lists a kind's field may name.</summary>
    public static readonly string[] OfFields = [Speakers, Occasions];
}
