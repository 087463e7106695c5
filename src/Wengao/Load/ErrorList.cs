using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Collects errors so one run reports every problem in the sources, then fails once.</summary>
public sealed class ErrorList
{
    private readonly List<SourceError> _errors = [];

    public void Add(SourceError error)
    {
        lock (_errors) _errors.Add(error);
    }

    public void Add(SourceSpan where, string message, string? hint = null) => Add(new SourceError(where, message, hint));

    /// <summary>Runs a step, keeping its errors and going on with the next source.</summary>
    public T? Catch<T>(Func<T> step) where T : class
    {
        try { return step(); }
        catch (BuildFailedException e) { foreach (var error in e.Errors) Add(error); return null; }
    }

    public void ThrowIfAny()
    {
        lock (_errors)
            if (_errors.Count > 0)
                // Each once: outputs made side by side from one template (a document's PDF, OFD and .docx) fail with one error.
                throw new BuildFailedException(_errors.Distinct().OrderBy(e => e.Where.File, StringComparer.Ordinal)
                    .ThenBy(e => e.Where.Line).ThenBy(e => e.Where.Column).ToList());
    }
}
