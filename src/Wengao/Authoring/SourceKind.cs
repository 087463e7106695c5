namespace Wengao.Authoring;

/// <summary>The kinds of source `wengao new` and `wengao import` write, each in its own folder of content/.</summary>
public enum SourceKind { Speech, Briefing }

public static class SourceKinds
{
    public static string Folder(this SourceKind kind) => kind == SourceKind.Speech ? "speeches" : "briefings";

    public static string Name(this SourceKind kind) => kind == SourceKind.Speech ? "speech" : "briefing";

    public static SourceKind? Parse(string name) => name switch
    {
        "speech" => SourceKind.Speech,
        "briefing" => SourceKind.Briefing,
        _ => null,
    };
}
