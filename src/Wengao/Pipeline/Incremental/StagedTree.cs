using System.Collections.Concurrent;
using Wengao.Redact;
using Wengao.Model;

namespace Wengao.Pipeline.Incremental;

/// <summary>
/// The folder an incremental build keeps up to date while `wengao serve` serves it. A rebuild never writes a file a
/// request may be reading: it writes what changed into a staging folder beside the tree (only those files, so a
/// one-file edit stays a few files' work), reads them back for leaks there, and only then renames them into place
/// — each rename atomic — all under a lock that requests open their files under, so a request sees every file of one
/// rebuild or of the one before, each whole. A rebuild that fails discards what it staged: the last good files stay.
/// </summary>
internal sealed class StagedTree
{
    private readonly ReaderWriterLockSlim _switching = new(LockRecursionPolicy.NoRecursion);
    private readonly ConcurrentDictionary<string, ReadBack> _staged = new(StringComparer.Ordinal);

    public StagedTree(string root)
    {
        Root = Path.GetFullPath(root);
        Staging = Path.Combine(OutputFolder.WorkFolder(Root), OutputFolder.StagingName);
    }

    /// <summary>The tree served: site/, pdf/.</summary>
    public string Root { get; }

    private string Staging { get; }

    /// <summary>Whether the tree holds this file (relative, with '/').</summary>
    public bool Has(string relative) => File.Exists(Path.Combine(Root, relative));

    /// <summary>Stages a file for the next <see cref="Commit"/>; from many threads.</summary>
    /// <param name="how">how the leak scan reads it back</param>
    public void Write(string relative, byte[] bytes, ReadBack how)
    {
        var path = Path.Combine(Staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        _staged[relative] = how;
    }

    /// <summary>The staged files read back for the names <paramref name="redactor"/> hides; each error names the file in the tree.</summary>
    public IReadOnlyList<SourceError> Scan(Redactor redactor, IReadOnlyDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>> drawn) =>
        _staged.IsEmpty ? [] : [.. LeakScan.Scan(Staging, redactor, drawn, _staged.Select(f => (Path.Combine(Staging, f.Key), f.Value)))
            .Select(e => OutputFolder.Relocate(e, Staging, Root))];

    /// <summary>Renames the staged files into the tree and deletes <paramref name="deleted"/>, while no request opens a file.</summary>
    public void Commit(IEnumerable<string> deleted)
    {
        var staged = _staged.Keys.Order(StringComparer.Ordinal).ToList();
        var folders = staged.Select(r => Path.GetDirectoryName(Path.Combine(Root, r))!).Distinct(StringComparer.Ordinal).ToList();
        foreach (var folder in folders) Directory.CreateDirectory(folder);
        _switching.EnterWriteLock();
        try
        {
            foreach (var relative in staged) File.Move(Path.Combine(Staging, relative), Path.Combine(Root, relative), overwrite: true);
            foreach (var relative in deleted) File.Delete(Path.Combine(Root, relative));
        }
        finally { _switching.ExitWriteLock(); }
        _staged.Clear();
    }

    /// <summary>Throws away what was staged since the last commit; the paths it held, to be rendered again.</summary>
    public IReadOnlyCollection<string> Discard()
    {
        var staged = _staged.Keys.ToList();
        _staged.Clear();
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
        return staged;
    }

    /// <summary>
    /// Runs <paramref name="open"/> (given the tree's folder) while no rebuild is switching files: a file opened in it
    /// is one rebuild's, read whole afterwards even if the next rebuild replaces it.
    /// </summary>
    public T Read<T>(Func<string, T> open)
    {
        _switching.EnterReadLock();
        try { return open(Root); }
        finally { _switching.ExitReadLock(); }
    }
}
