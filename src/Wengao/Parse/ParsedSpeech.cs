using Markdig.Syntax;
using Wengao.Model;

namespace Wengao.Parse;

/// <summary>A speech after expansion and parsing: what the HTML and PDF renderers both read.</summary>
public sealed record ParsedSpeech(Speech Speech, MarkdownDocument Body, int Characters, int SpeakingMinutes);
