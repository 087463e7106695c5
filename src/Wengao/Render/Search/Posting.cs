using System.Text;

namespace Wengao.Render.Search;

/// <summary>
/// One key's documents as a string search.js decodes: for each document, in number order, the gap from the one before
/// (less one), its weight and the chunk of the key's first place in its text, each a variable-length number of 5-bit digits — the first 32 symbols end a number, the
/// other 32 say more follow. The symbols need no escaping in JSON, and a key held by every document costs two bytes each.
/// </summary>
internal sealed class Posting
{
    public const string Symbols = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    private const int Bits = 5, Last = 1 << Bits;

    private readonly StringBuilder _text = new();
    private int _previous = -1;

    public void Add(int number, int weight, int chunk)
    {
        Write(number - _previous - 1);
        Write(weight);
        Write(chunk);
        _previous = number;
    }

    private void Write(int value)
    {
        var digits = 1;
        for (var rest = value >> Bits; rest > 0; rest >>= Bits) digits++;
        for (var d = digits - 1; d > 0; d--) _text.Append(Symbols[Last + ((value >> (d * Bits)) & (Last - 1))]);
        _text.Append(Symbols[value & (Last - 1)]);
    }

    public override string ToString() => _text.ToString();

    /// <summary>The union of postings (of keys whose <see cref="SearchKeys.Id"/> is the same): a document's highest weight, its first chunk.</summary>
    public static string Union(IEnumerable<Posting> postings)
    {
        var merged = new SortedDictionary<int, (int Weight, int Chunk)>();
        foreach (var posting in postings)
            foreach (var (number, weight, chunk) in posting.Read())
                merged[number] = merged.TryGetValue(number, out var seen) ? (Math.Max(seen.Weight, weight), Math.Min(seen.Chunk, chunk)) : (weight, chunk);
        var union = new Posting();
        foreach (var (number, (weight, chunk)) in merged) union.Add(number, weight, chunk);
        return union.ToString();
    }

    private IEnumerable<(int Number, int Weight, int Chunk)> Read()
    {
        var (text, at, number) = (_text.ToString(), 0, -1);
        int Next()
        {
            var value = 0;
            for (; ; )
            {
                var digit = Symbols.IndexOf(text[at++], StringComparison.Ordinal);
                value = (value << Bits) | (digit & (Last - 1));
                if (digit < Last) return value;
            }
        }
        while (at < text.Length)
        {
            number += Next() + 1;
            var weight = Next();
            yield return (number, weight, Next());
        }
    }
}

/// <summary>Shards split into one range per worker.</summary>
internal static class ShardRanges
{
    public static IEnumerable<(int Start, int End)> Of(int shards, int workers)
    {
        var size = (shards + workers - 1) / workers;
        for (var start = 0; start < shards; start += size) yield return (start, Math.Min(shards, start + size));
    }
}
