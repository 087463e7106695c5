namespace Wengao.Model;

/// <summary>
/// What `wengao new` and `wengao import` write where the author still has something to fill in (the speaker, the
/// date of an imported speech, a briefing's issuer). A source that still holds it is a draft by construction: it is
/// never published, and a build without --drafts refuses it when it is not marked `draft: true`.
/// </summary>
public static class Placeholder
{
    public const string Text = "待填";

    public static bool Is(string? value) => value is not null && value.AsSpan().Trim().SequenceEqual(Text);
}
