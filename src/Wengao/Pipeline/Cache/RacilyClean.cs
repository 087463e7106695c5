namespace Wengao.Pipeline.Cache;

/// <summary>
/// When a file's size and modification time, as a build recorded them, may stand for its bytes: the one rule both the
/// input files' hashes (<see cref="SourceHashes"/>) and the fast path of a build with nothing to do
/// (<see cref="LastBuild"/>) trust a file's time by. make, ninja and git's index trust it the same way, except for a
/// "racily clean" file, as git calls it: one whose recorded time is not older than the moment the build that recorded
/// it began listing, less <see cref="Margin"/>. Such a file may have been written again in the same tick of the file
/// system's clock after it was listed, so that its size and time are the same and its bytes are not: it is read.
/// A file changed later has a later time. What the rule cannot see is a file whose time was set back on purpose
/// (`touch -d`, an archive extracted with its times) to the very tick recorded, with the same size: as for make, that
/// is not an edit.
/// </summary>
internal static class RacilyClean
{
    /// <summary>
    /// How much older than the listing's start a recorded time must be for it to be trusted: the coarsest file system
    /// clock a project may sit on (FAT's 2 s), and a file server's clock a little behind this machine's.
    /// </summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    /// <summary>Whether a file recorded with the time <paramref name="modified"/> by a build that began listing at <paramref name="listed"/> (both UTC ticks) is known by its size and time.</summary>
    public static bool Trusted(long modified, long listed) => modified < listed - Margin.Ticks;

    /// <summary>The moment a listing begins, as <see cref="Trusted"/> takes it.</summary>
    public static long Now() => DateTime.UtcNow.Ticks;
}
