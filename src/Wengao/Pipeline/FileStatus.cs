using System.Runtime.InteropServices;

namespace Wengao.Pipeline;

/// <summary>What statx(2) says of a file: which file it is (device and inode), its size, its last-write time, whether it is a link.</summary>
/// <param name="ModifiedTicks">as <see cref="FileSystemInfo.LastWriteTimeUtc"/>'s ticks</param>
internal readonly record struct FileStatus(ulong Device, ulong Inode, long Size, long ModifiedTicks, bool IsLink)
{
    /// <summary>Whether the two name one file: the same device and inode (a hard link of it is the file).</summary>
    public bool SameFile(FileStatus other) => Device == other.Device && Inode == other.Inode;

    /// <summary>The file's status, a link's own (not followed); null where it is missing, or off Linux, or with a C library older than statx (glibc 2.28).</summary>
    public static FileStatus? Of(string path) => Of(AT_FDCWD, path);

    /// <summary>As <see cref="Of(string)"/>, of a name in the folder open as <paramref name="folder"/>: the kernel walks no path again.</summary>
    public static FileStatus? Of(int folder, string name)
    {
        if (!OperatingSystem.IsLinux() || _missing) return null;
        try
        {
            if (statx(folder, name, AT_SYMLINK_NOFOLLOW, Wanted, out var stat) != 0 || (stat.Mask & Wanted) != Wanted) return null;
            // As .NET reckons LastWriteTimeUtc: seconds since 1970 and the nanoseconds, in ticks of 100 ns.
            var ticks = DateTime.UnixEpoch.Ticks + stat.MtimeSeconds * TimeSpan.TicksPerSecond + stat.MtimeNanoseconds / 100;
            return new((ulong)stat.DeviceMajor << 32 | stat.DeviceMinor, stat.Inode, (long)stat.Size, ticks, (stat.Mode & S_IFMT) == S_IFLNK);
        }
        catch (EntryPointNotFoundException)
        {
            _missing = true;
            return null;
        }
    }

    private static bool _missing;

    // Linux's values, the same on every architecture .NET runs on.
    private const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100;
    private const uint STATX_TYPE = 0x1, STATX_MTIME = 0x40, STATX_INO = 0x100, STATX_SIZE = 0x200, Wanted = STATX_TYPE | STATX_MTIME | STATX_INO | STATX_SIZE;
    private const ushort S_IFMT = 0xF000, S_IFLNK = 0xA000;

    // Paths are marshalled as UTF-8 on Unix.
    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int folder, string name, int flags, uint mask, out Statx result);

    /// <summary>struct statx (linux/stat.h): one layout on every architecture, 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(0)] public uint Mask;
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(112)] public long MtimeSeconds;
        [FieldOffset(120)] public uint MtimeNanoseconds;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }
}
