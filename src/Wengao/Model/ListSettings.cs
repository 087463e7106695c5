namespace Wengao.Model;

/// <summary>How names are ordered in the lists by speaker, occasion and tag (`lists: name_order:`).</summary>
public enum NameOrdering
{
    /// <summary>By pinyin, as an index or a dictionary orders them (`pinyin`).</summary>
    Pinyin,

    /// <summary>By stroke count, 姓氏笔画, as official name lists order them (`strokes`).</summary>
    Strokes,
}

/// <summary>site.yml's `lists:`: how many documents or names a list page shows, and the order of names.</summary>
public sealed record ListSettings(int PageSize = ListSettings.DefaultPageSize, NameOrdering NameOrder = NameOrdering.Pinyin)
{
    /// <summary>Fifty rows: a page of a few dozen KB that a phone draws at once, and 1,000 speeches in twenty pages.</summary>
    public const int DefaultPageSize = 50;

    public static readonly ListSettings Default = new();
}
