using Markdig.Syntax;
using Wengao.Model;

namespace Wengao.Parse;

/// <summary>A briefing after expansion and parsing, with the outcomes it draws on (for its charts).</summary>
public sealed record ParsedBriefing(Briefing Briefing, MarkdownDocument Body, OutcomeSet? Outcomes);
