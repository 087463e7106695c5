using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>
/// A kind of document (讲话稿, 工作简报, a 纪要 an office adds): declared in YAML (templates/kinds/, content/kinds/), never
/// in code, so that loading, lists, search, editions, `check`, `new` and `import` serve a new kind as they serve a speech.
/// </summary>
/// <param name="Name">its id: `speech`, `wengao new speech`, the `kind` of its views</param>
/// <param name="Label">what a document of it is called in lists: 讲话稿</param>
/// <param name="Short">its short name in search results: 讲话</param>
/// <param name="Folder">its folder, under content/ for the sources and in the site for the pages: speeches</param>
/// <param name="ListTitle">the heading of its list on the home page</param>
/// <param name="Fields">the front-matter fields of its own, besides those every document has (title, date, tags, outcomes, draft, furniture)</param>
/// <param name="Page">its page's template, under templates/html/</param>
/// <param name="ListTemplate">the partial that lists its documents on the home page, under templates/html/</param>
/// <param name="Pdfs">the PDFs made of each document, each from a template under templates/pdf/</param>
/// <param name="Archetype">what `wengao new` writes, under templates/archetypes/</param>
/// <param name="Author">the field naming who the document is by (the PDF's author, the search result's); a signed document's first issuer where it has none</param>
/// <param name="Occasion">the field naming where it was given, if the kind has one</param>
/// <param name="Where">the declaration, for errors about it</param>
public sealed record DocumentKind(
    string Name,
    string Label,
    string Short,
    string Folder,
    string ListTitle,
    ImmutableArray<FieldSpec> Fields,
    string Page,
    string ListTemplate,
    ImmutableArray<PdfOutput> Pdfs,
    string Archetype,
    string? Author,
    string? Occasion,
    ImportRule Import,
    SourceSpan Where)
{
    /// <summary>Where the kind comes among the kinds: on the home page, and as `wengao import`'s default (the first).</summary>
    public int Order { get; init; }

    /// <summary>The declaration's hash: documents read by an older declaration are read again.</summary>
    public string Version { get; init; } = "";

    /// <summary>What its documents' fields must hold together (a 请示 names one 主送机关 and its 签发人), each checked at load.</summary>
    public ImmutableArray<KindRule> Rules { get; init; } = [];
}

/// <summary>
/// A rule of a kind's declaration (`rules:`): where a document's fields hold <paramref name="When"/>, it must also give
/// the fields of <paramref name="Require"/>, must not give those of <paramref name="Forbid"/>, and may give no more items
/// in a list field than <paramref name="AtMost"/> says.
/// </summary>
/// <param name="When">each field with the values that make the rule apply (any one of them); a rule with none applies to every document</param>
/// <param name="Why">the reason, cited in the error (the standard's clause)</param>
public sealed record KindRule(
    ImmutableArray<(string Field, ImmutableArray<string> Values)> When,
    ImmutableArray<string> Require,
    ImmutableArray<string> Forbid,
    ImmutableArray<(string Field, int Count)> AtMost,
    string Why);

/// <summary>The types a front-matter field may have.</summary>
public enum FieldType
{
    /// <summary>one line of text</summary>
    Text,
    /// <summary>a whole number, at least <see cref="FieldSpec.Min"/> where given</summary>
    Integer,
    /// <summary>YYYY-MM-DD</summary>
    Date,
    Boolean,
    /// <summary>a list of texts (one text is a list of one)</summary>
    List,
    /// <summary>a mapping of keys (<see cref="FieldSpec.Keys"/>) to lists of texts: a briefing's 报/送/发</summary>
    Lists,
    /// <summary>ids of charts of the document's outcomes file</summary>
    Charts,
}

/// <summary>A front-matter field a kind declares.</summary>
/// <param name="Means">what it is, for the documentation, `wengao new` and error hints</param>
/// <param name="Keys">a <see cref="FieldType.Lists"/> field's keys, in the order they are shown</param>
/// <param name="Taxonomy">the site list the documents are grouped by it in (`speakers`, `occasions`), if any</param>
/// <param name="Prose">its text is printed as written (a salutation, an occasion), so `wengao check` proofreads it</param>
/// <param name="Values">the texts a text field (or each item of a list field) may hold, where the kind limits them (a 公文's 文种)</param>
/// <param name="Pattern">a regular expression a text field's value matches whole (a 密级和保密期限: 秘密★1年)</param>
/// <param name="Example">a well-formed value, for the hint when a value does not match <paramref name="Pattern"/></param>
public sealed record FieldSpec(string Name, FieldType Type, bool Required, string Means, int? Min = null,
    ImmutableArray<string> Keys = default, string? Taxonomy = null, bool Prose = false,
    ImmutableArray<string> Values = default, string? Pattern = null, string? Example = null);

/// <summary>A PDF made of each document of a kind.</summary>
/// <param name="Template">under templates/pdf/</param>
/// <param name="Suffix">what its file name adds to the document's slug: "" for the first, "-reading" for a reading copy</param>
/// <param name="Label">its link's text on the document's page</param>
/// <param name="Copies">numbered copies (份号) are made of it: `wengao build --copies`, and a document's `issued_to:`</param>
public sealed record PdfOutput(string Template, string Suffix, string Label, bool Copies = false);

/// <summary>How `wengao import` reads a draft of the kind.</summary>
/// <param name="Recognise">patterns (regular expressions) one of the draft's opening lines matches whole when it is of this kind, for an import with no `--type`</param>
/// <param name="Salutation">the field a salutation (同志们：) is kept in; none is looked for without it</param>
/// <param name="Byline">read the author and date lines under the title into the author field, the occasion's and `date`</param>
/// <param name="Furniture">read 发文字号, 附件说明, signature block, 附注 and 版记 from the draft's closing lines into front matter</param>
/// <param name="Addressee">the list field the 主送机关 is kept in: a .docx's 主送机关 paragraph, a text draft's line that greets (one item)</param>
/// <param name="Genre">the field the 文种 is kept in, read from the title's last words where they are one of the field's values
/// (GB/T 9704 §7.3.1: 标题由发文机关名称、事由和文种组成)</param>
/// <param name="Mark">the list field the issuers of the signature block fill too (§7.2.4: 发文机关标志 is the issuer's name, as its signature is, §7.3.5),
/// or the names of a mark line above the 发文字号 (某县人民政府文件) where the draft has one</param>
/// <param name="MarkWord">the field the word after the names of such a mark line fills (文件, §7.2.4)</param>
/// <param name="Signers">the list field the 签发人 of the 版头 fill (x府〔2024〕15号　签发人：张某某, §7.2.6)</param>
/// <param name="Secrecy">the field the 版头's 密级和保密期限 line fills (机密★1年, §7.2.2)</param>
/// <param name="Urgency">the field the 版头's 紧急程度 line fills (特急, §7.2.3)</param>
/// <param name="Masthead">how a briefing's 报头 and 报尾 are read, where the kind has them</param>
public sealed record ImportRule(ImmutableArray<string> Recognise, string? Salutation, bool Byline, bool Furniture, string? Addressee = null,
    string? Genre = null, string? Mark = null, string? MarkWord = null, string? Signers = null, string? Secrecy = null, string? Urgency = null,
    MastheadRule? Masthead = null)
{
    public static readonly ImportRule Plain = new([], null, false, false);
}

/// <summary>
/// How `wengao import` reads a briefing's 报头 (the series' name, 第N期, the 编印单位 and the date, above the text) and its
/// 报尾 (报：/送：/发： and to whom, （共印N份）, under it); the 编印单位 fills the kind's author field, the date `date`.
/// A briefing of several articles has each article's title on a line of its own: each is a heading of the text.
/// </summary>
/// <param name="Name">the field the series' name fills (工作简报)</param>
/// <param name="Issue">the integer field the 第N期 fills</param>
/// <param name="Distribution">the lists field the 报尾's lines fill, each by its label's key</param>
/// <param name="Labels">each label of the 报尾 (报, 送, 发) and the key of <paramref name="Distribution"/> its line fills</param>
/// <param name="Copies">the integer field the （共印N份） fills</param>
public sealed record MastheadRule(string? Name, string? Issue, string? Distribution, ImmutableArray<(string Label, string Key)> Labels, string? Copies);
