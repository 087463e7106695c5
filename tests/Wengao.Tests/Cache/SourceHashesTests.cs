using System.Security.Cryptography;
using System.Text;
using Wengao.Pipeline.Cache;
using Wengao.Tests.Support;

namespace Wengao.Tests.Cache;

/// <summary>
/// The input files' hashes taken from the last build's record by each file's size and time, except where the rule of
/// racily clean files (RacilyClean, git's) says the time cannot be trusted: then the file is read.
/// </summary>
public sealed class SourceHashesTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string File(string text, DateTime time)
    {
        var path = _dir["content/a.md"];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        System.IO.File.SetLastWriteTimeUtc(path, time);
        return path;
    }

    private static string Sha(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_file_recorded_well_before_the_listing_with_the_same_size_and_time_keeps_its_recorded_hash_unread()
    {
        var then = DateTime.UtcNow.AddHours(-1);
        var path = File("甲乙丙", then);
        var first = SourceHashes.Read(null, _dir["content"]);
        Assert.Equal(Sha("甲乙丙"), first.Of(path));
        // Written again with as many bytes and its time set back to the tick recorded (as `touch -d` does): not read.
        File("丁戊己", then);
        Assert.Equal(Sha("甲乙丙"), SourceHashes.Read(first.Record, _dir["content"]).Of(path));
        // Its time moved on: read.
        File("丁戊己", then.AddSeconds(1));
        Assert.Equal(Sha("丁戊己"), SourceHashes.Read(first.Record, _dir["content"]).Of(path));
    }

    [Fact]
    public void A_file_recorded_racily_clean_is_read_though_its_size_and_time_are_those_recorded()
    {
        // Its time that of the listing's moment: it may have been written again within the same tick after it was hashed.
        var now = DateTime.UtcNow;
        var path = File("甲乙丙", now);
        var first = SourceHashes.Read(null, _dir["content"]);
        File("丁戊己", now);
        Assert.Equal(Sha("丁戊己"), SourceHashes.Read(first.Record, _dir["content"]).Of(path));
    }

    public void Dispose() => _dir.Dispose();
}
