using Microsoft.Win32.SafeHandles;

namespace Wengao.Render.Pdf.Fonts;

/// <summary>Opens .ttf/.otf/.ttc/.otc files. Reading is cheap: only table directories and 'name' tables are read.</summary>
public static class FontFile
{
    private const uint CollectionTag = 0x74746366; // 'ttcf'

    /// <summary>All faces of the file (one for a .ttf). Throws <see cref="InvalidDataException"/> for a non-font.</summary>
    public static IReadOnlyList<SfntFace> Read(string path)
    {
        string full = Path.GetFullPath(path);
        using SafeFileHandle handle = File.OpenHandle(full);
        long length = RandomAccess.GetLength(handle);
        return ReadFaces(full, length, (offset, count) => ReadAt(handle, length, offset, count), () => File.ReadAllBytes(full));
    }

    /// <summary>Faces from bytes already in memory (tests, and extracted faces checked for round trips).</summary>
    public static IReadOnlyList<SfntFace> Parse(byte[] data, string sourcePath = "<memory>") =>
        ReadFaces(sourcePath, data.Length, (offset, count) => Slice(data, offset, count), () => data);

    private static IReadOnlyList<SfntFace> ReadFaces(string path, long length, Func<long, int, byte[]> read, Func<byte[]> loadAll)
    {
        byte[] head = read(0, 12);
        if (BigEndian.U32(head, 0) != CollectionTag)
            return [ReadFace(path, 0, 0, inCollection: false, read, loadAll)];

        int count = checked((int)BigEndian.U32(head, 8));
        if (count <= 0 || 12L + 4L * count > length)
            throw new InvalidDataException($"bad font collection header ({count} faces)");
        byte[] offsets = read(12, 4 * count);
        var faces = new SfntFace[count];
        for (int i = 0; i < count; i++)
            faces[i] = ReadFace(path, i, BigEndian.U32(offsets, 4 * i), inCollection: true, read, loadAll);
        return faces;
    }

    private static SfntFace ReadFace(string path, int index, long offset, bool inCollection, Func<long, int, byte[]> read, Func<byte[]> loadAll)
    {
        int numTables = BigEndian.U16(read(offset, 12), 4);
        var directory = TableDirectory.Parse(read(offset, TableDirectory.SizeFor(numTables)));
        IReadOnlyList<string> names = directory.TryGet("name", out var name)
            ? NameTable.FamilyNames(read(name.Offset, checked((int)name.Length)))
            : [];
        return new SfntFace(path, index, inCollection, directory, names, loadAll);
    }

    private static byte[] ReadAt(SafeFileHandle handle, long length, long offset, int count)
    {
        if (offset < 0 || offset > length - count)
            throw new InvalidDataException($"font data truncated: need {count} bytes at offset {offset}, file has {length}");
        var buffer = new byte[count];
        int done = 0;
        while (done < count)
        {
            int n = RandomAccess.Read(handle, buffer.AsSpan(done), offset + done);
            if (n <= 0) throw new InvalidDataException("font file ended early");
            done += n;
        }
        return buffer;
    }

    private static byte[] Slice(byte[] data, long offset, int count)
    {
        if (offset < 0 || offset > data.Length - count)
            throw new InvalidDataException($"font data truncated: need {count} bytes at offset {offset}, have {data.Length}");
        return data.AsSpan((int)offset, count).ToArray();
    }
}
