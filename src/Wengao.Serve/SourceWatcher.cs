using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Wengao.Serve;

/// <summary>
/// Watches folders for changes and hands them on in batches: an editor's save is several events (write, rename,
/// attributes) and a `git checkout` many, so events are gathered until the folders have been quiet for a moment.
/// A file saved in place (its events all on its own path, written at once) needs only a short quiet; as soon as a
/// batch holds a second path (a save through a temporary or backup file, a checkout) it waits for the longer one.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];

    public SourceWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Created += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Deleted += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) => { _changes.Writer.TryWrite(e.OldFullPath); _changes.Writer.TryWrite(e.FullPath); };
            // Events lost (the kernel's queue overflowed): a rebuild compares every file's size and time anyway.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>
    /// The changed paths, a batch once no event has come for <paramref name="oneFile"/> while they are one path, for
    /// <paramref name="quiet"/> once they are several.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyCollection<string>> Batches(TimeSpan oneFile, TimeSpan quiet, [EnumeratorCancellation] CancellationToken cancel)
    {
        while (await _changes.Reader.WaitToReadAsync(cancel))
        {
            var batch = new HashSet<string>(StringComparer.Ordinal);
            do
                while (_changes.Reader.TryRead(out var path)) batch.Add(path);
            while (await MoreWithin(batch.Count == 1 ? oneFile : quiet, cancel));
            yield return batch;
        }
    }

    private async Task<bool> MoreWithin(TimeSpan quiet, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(quiet);
        try { return await _changes.Reader.WaitToReadAsync(timeout.Token); }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested) { return false; }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _changes.Writer.TryComplete();
    }
}
