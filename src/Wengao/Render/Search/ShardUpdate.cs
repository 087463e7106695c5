using System.Buffers;
using System.Globalization;
using System.Text;

namespace Wengao.Render.Search;

/// <summary>
/// A shard made again from the last build's file of it, for a build that reads only the documents that changed
/// (<see cref="SearchIndex.Build(IReadOnlyList{Parse.ParsedDocument}, Model.NameOrdering, Action{int, byte[]}, LastIndex?)"/>):
/// each key's list with the documents renumbered, those that changed or went dropped, and the keys of those read again
/// added. The bytes are those <see cref="ShardFiles"/> makes from every document: the same keys, by name; each list by
/// number, each document's gap, weight and chunk as <see cref="Posting"/> writes them.
/// </summary>
internal static class ShardUpdate
{
    /// <summary>A key of a document read again, with its new number.</summary>
    public readonly record struct Added(ulong Key, int Number, int Weight, int Chunk);

    private readonly record struct Entry(int Number, int Weight, int Chunk);

    /// <param name="last">the shard's file as the last build wrote it</param>
    /// <param name="renumber">each old number's new one; -1 where the document changed or went</param>
    /// <param name="kept">whether every document kept its number (or went): a list that holds none that went is then copied as it is</param>
    /// <param name="lastGone">the last number that changed or went (-1 for none)</param>
    /// <param name="added">the shard's keys of the documents read again, by key then number</param>
    /// <param name="removed">where known, the names of the keys that the documents that changed held in the last shard:
    /// every other list holds none of them, and is copied without a walk</param>
    // Hot (every list of the archive walked once a build): compiled optimised at once, not run in tier 0.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static byte[] Update(int shard, ReadOnlySpan<byte> last, int[] renumber, bool kept, int lastGone, ReadOnlySpan<Added> added,
        HashSet<ulong>? removed = null)
    {
        var keys = new List<ulong>();
        var spans = new List<(int Start, int Length)>();
        var postings = new ArrayBufferWriter<byte>(last.Length + added.Length * 4);
        var entries = new List<Entry>();
        var reader = new LastShard(shard, last);
        var hasOld = reader.Next(out var name, out var posting);
        var at = 0;
        while (hasOld || at < added.Length)
        {
            // The next name of either, in the order of names (the added keys are all of this shard: by key is by name).
            var key = !hasOld ? DocumentKeys.NameOf(added[at].Key) : at < added.Length ? Math.Min(name, DocumentKeys.NameOf(added[at].Key)) : name;
            var from = at;
            while (at < added.Length && DocumentKeys.NameOf(added[at].Key) == key) at++;
            var start = postings.WrittenCount;
            entries.Clear();
            if (hasOld && name == key)
            {
                if (from == at && kept && !(removed?.Contains(key) ?? Holds(posting, renumber, lastGone))) postings.Write(posting);
                else
                {
                    foreach (var (number, weight, chunk) in Read(posting))
                        if (renumber[number] >= 0) entries.Add(new(renumber[number], weight, chunk));
                    Encode(entries, added[from..at], postings);
                }
                hasOld = reader.Next(out name, out posting);
            }
            else Encode(entries, added[from..at], postings);
            if (postings.WrittenCount == start) continue; // every document that held it changed or went
            keys.Add(DocumentKeys.KeyOf(shard, key));
            spans.Add((start, postings.WrittenCount - start));
        }
        return ShardFiles.Write(shard, new Merged([.. keys], [.. spans], postings.WrittenMemory));
    }

    /// <summary>Whether the list holds a document that changed or went (none is numbered past <paramref name="lastGone"/>: the walk stops there).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool Holds(ReadOnlySpan<byte> posting, int[] renumber, int lastGone)
    {
        foreach (var (number, _, _) in Read(posting))
        {
            if (number > lastGone) return false;
            if (renumber[number] < 0) return true;
        }
        return false;
    }

    /// <summary>The entries kept and those added, by their new numbers, as <see cref="Posting.Add"/> writes them.</summary>
    /// <param name="kept">by number, unless documents that kept their text moved past one another (then sorted here)</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Encode(List<Entry> kept, ReadOnlySpan<Added> added, ArrayBufferWriter<byte> into)
    {
        for (var i = 1; i < kept.Count; i++)
            if (kept[i].Number < kept[i - 1].Number)
            {
                kept.Sort(static (a, b) => a.Number.CompareTo(b.Number));
                break;
            }
        var (previous, k, a) = (-1, 0, 0);
        while (k < kept.Count || a < added.Length) // two lists by number, merged
        {
            var entry = a >= added.Length || k < kept.Count && kept[k].Number < added[a].Number ? kept[k++]
                : new Entry(added[a].Number, added[a].Weight, added[a++].Chunk);
            Put(entry.Number - previous - 1, into);
            Put(entry.Weight, into);
            Put(entry.Chunk, into);
            previous = entry.Number;
        }
    }

    private static void Put(int value, ArrayBufferWriter<byte> into)
    {
        var digits = Posting.Digits(value);
        Posting.Write(into.GetSpan(digits), value, digits);
        into.Advance(digits);
    }

    /// <summary>A list's entries: each document's number (from the gaps), weight and chunk.</summary>
    private static Entries Read(ReadOnlySpan<byte> posting) => new(posting);

    private ref struct Entries(ReadOnlySpan<byte> posting)
    {
        private readonly ReadOnlySpan<byte> _posting = posting;
        private int _at, _number = -1;

        public readonly Entries GetEnumerator() => this;

        public (int Number, int Weight, int Chunk) Current { get; private set; }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            if (_at >= _posting.Length) return false;
            _number += Number() + 1;
            Current = (_number, Number(), Number());
            return true;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int Number()
        {
            var value = 0;
            while (true)
            {
                if (_at >= _posting.Length) throw new InvalidDataException("a posting ends inside a number");
                var symbol = Symbol(_posting[_at++]);
                value = value << Posting.Bits | (symbol & (Posting.Last - 1));
                if (symbol < Posting.Last) return value;
            }
        }
    }

    private static readonly sbyte[] Symbols = MakeSymbols();

    private static sbyte[] MakeSymbols()
    {
        var symbols = Enumerable.Repeat((sbyte)-1, 128).ToArray();
        for (var i = 0; i < Posting.Symbols.Length; i++) symbols[Posting.Symbols[i]] = (sbyte)i;
        return symbols;
    }

    /// <summary>The symbol's value (0 to 63).</summary>
    public static int Symbol(byte symbol) => symbol < 128 && Symbols[symbol] >= 0 ? Symbols[symbol]
        : throw new InvalidDataException($"byte {symbol} is not a symbol of a search shard");

    /// <summary>The keys of a shard's file in its order (by name): each one's name and posting.</summary>
    private ref struct LastShard
    {
        private ReadOnlySpan<byte> _rest;

        public LastShard(int shard, ReadOnlySpan<byte> file)
        {
            var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"WENGAO_SEARCH.shard({shard},{{"));
            if (!file.StartsWith(head) || !file.EndsWith("});\n"u8)) throw new InvalidDataException($"not the file of search shard {shard}");
            _rest = file[head.Length..^"});\n"u8.Length];
        }

        /// <summary>The next key ("NAME":"POSTING", then a comma unless it is the last), false after the last.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public bool Next(out ulong name, out ReadOnlySpan<byte> posting)
        {
            name = 0;
            posting = default;
            if (_rest.IsEmpty) return false;
            if (_rest[0] == ',') _rest = _rest[1..];
            var nameLength = SearchKeys.NameLength;
            if (_rest.Length < nameLength + 5 || _rest[0] != '"' || !_rest[(1 + nameLength)..].StartsWith("\":\""u8))
                throw new InvalidDataException("a search shard's key is not \"NAME\":\"POSTING\"");
            name = SearchKeys.ReadName(_rest.Slice(1, nameLength));
            _rest = _rest[(nameLength + 4)..];
            var end = _rest.IndexOf((byte)'"');
            if (end < 0) throw new InvalidDataException("a search shard's posting is not closed");
            posting = _rest[..end];
            _rest = _rest[(end + 1)..];
            return true;
        }
    }

    /// <summary>The merged keys: their full keys (shard and name), and each one's posting in the written bytes.</summary>
    private readonly struct Merged(ulong[] keys, (int Start, int Length)[] spans, ReadOnlyMemory<byte> postings) : IShardKeys
    {
        public int Count => keys.Length;
        public ulong Key(int i) => keys[i];
        public int Length(int i) => spans[i].Length;
        public void CopyTo(int i, Span<byte> into) => postings.Span.Slice(spans[i].Start, spans[i].Length).CopyTo(into);
    }
}
