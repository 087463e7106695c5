namespace Wengao.Tests.Repository;

/// <summary>One place a type refers to another: the example a failing architecture test names for an edge.</summary>
/// <param name="From">the referring type, the outermost one where the reference is in a nested or compiler-generated type</param>
/// <param name="To">the type referred to, likewise outermost</param>
/// <param name="Member">the member of <paramref name="From"/> the reference is in, or the type itself for its base, interfaces and attributes</param>
public sealed record TypeReferenceSite(string FromNamespace, string From, string ToNamespace, string To, string Member)
{
    public override string ToString() => $"{From} → {To} (in {Member})";
}

/// <summary>
/// Which namespaces refer to which, and the cycles among them. A namespace and its own ancestor or descendant
/// (Wengao.Render.Pdf and Wengao.Render.Pdf.Compose) may refer to each other: a child is its parent's detail, one
/// component folded into folders. Siblings (Wengao.Render.Html and Wengao.Render.Search) may not.
/// </summary>
public sealed class NamespaceGraph
{
    /// <summary>Each edge with one example, the least by ordinal so that a failure reads the same on every run.</summary>
    private readonly SortedDictionary<(string From, string To), TypeReferenceSite> _edges = new(EdgeOrder.Instance);

    public NamespaceGraph(IEnumerable<TypeReferenceSite> references)
    {
        foreach (var reference in references)
        {
            if (Related(reference.FromNamespace, reference.ToNamespace)) continue;
            var key = (reference.FromNamespace, reference.ToNamespace);
            if (!_edges.TryGetValue(key, out var kept) || string.CompareOrdinal(reference.ToString(), kept.ToString()) < 0)
                _edges[key] = reference;
        }
    }

    /// <summary>The namespaces <paramref name="from"/> refers to, each with its example.</summary>
    public IReadOnlyList<TypeReferenceSite> EdgesFrom(string from) =>
        [.. _edges.Where(edge => edge.Key.From == from).Select(edge => edge.Value)];

    /// <summary>
    /// Every strongly connected component of more than one namespace (Tarjan's algorithm): each is a knot of cycles,
    /// its namespaces sorted, with every edge inside it, for each edge lies on a cycle and removing it is a way out.
    /// </summary>
    public IReadOnlyList<Cycle> Cycles()
    {
        var nodes = _edges.Keys.SelectMany(edge => new[] { edge.From, edge.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var successors = nodes.ToDictionary(node => node, node => _edges.Keys.Where(edge => edge.From == node).Select(edge => edge.To).ToList());
        var index = new Dictionary<string, int>();
        var lowLink = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<Cycle>();

        void Visit(string node)
        {
            index[node] = lowLink[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in successors[node])
            {
                if (!index.ContainsKey(next)) { Visit(next); lowLink[node] = Math.Min(lowLink[node], lowLink[next]); }
                else if (onStack.Contains(next)) lowLink[node] = Math.Min(lowLink[node], index[next]);
            }
            if (lowLink[node] != index[node]) return;
            var members = new List<string>();
            string popped;
            do { popped = stack.Pop(); onStack.Remove(popped); members.Add(popped); } while (popped != node);
            if (members.Count < 2) return;
            var inside = members.ToHashSet();
            components.Add(new Cycle(
                [.. members.Order(StringComparer.Ordinal)],
                [.. _edges.Where(edge => inside.Contains(edge.Key.From) && inside.Contains(edge.Key.To)).Select(edge => edge.Value)]));
        }

        foreach (var node in nodes)
            if (!index.ContainsKey(node)) Visit(node);
        return [.. components.OrderBy(component => component.Namespaces[0], StringComparer.Ordinal)];
    }

    /// <summary>Whether one namespace is the other or lies inside it.</summary>
    public static bool Related(string a, string b) =>
        a == b || a.StartsWith(b + ".", StringComparison.Ordinal) || b.StartsWith(a + ".", StringComparison.Ordinal);

    public sealed record Cycle(IReadOnlyList<string> Namespaces, IReadOnlyList<TypeReferenceSite> Edges)
    {
        public override string ToString() =>
            string.Join(" ⇄ ", Namespaces) + ":\n" + string.Join("\n", Edges.Select(edge => $"  {edge.FromNamespace} → {edge.ToNamespace}: {edge}"));
    }

    private sealed class EdgeOrder : IComparer<(string From, string To)>
    {
        public static readonly EdgeOrder Instance = new();

        public int Compare((string From, string To) x, (string From, string To) y) =>
            string.CompareOrdinal(x.From, y.From) is var from and not 0 ? from : string.CompareOrdinal(x.To, y.To);
    }
}
