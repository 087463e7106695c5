namespace Wengao.Model;

/// <summary>How a rule's findings count: an error fails `wengao build` and makes `wengao check` exit 1.</summary>
public enum Severity
{
    Off,
    Warning,
    Error,
}
