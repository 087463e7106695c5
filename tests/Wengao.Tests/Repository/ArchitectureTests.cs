namespace Wengao.Tests.Repository;

/// <summary>
/// The library's namespaces depend one way: text on nothing of Wengao's, the model on text, loading on the model and
/// text, the stages on what they read, the pipeline on the stages, and never back, so that any stage can be read, tested and
/// changed without the ones above it. Read from the built Wengao.dll's IL (<see cref="TypeReferences"/>).
/// </summary>
public sealed class ArchitectureTests
{
    private const string Root = "Wengao";

    private static readonly Lazy<IReadOnlyList<TypeReferenceSite>> Library =
        new(() => TypeReferences.Read(typeof(global::Wengao.Diagnostics.BuildFailedException).Assembly.Location, Root));

    /// <summary>An acyclic graph means nothing the pipeline uses calls the pipeline, nor any stage one above it.</summary>
    [Fact]
    public void The_library_namespaces_form_no_cycle()
    {
        var cycles = new NamespaceGraph(Library.Value).Cycles();
        Assert.True(cycles.Count == 0, "Namespaces that refer to each other, with one reference for each edge; move "
            + "the knowledge an edge needs to the lower namespace:\n" + string.Join("\n", cycles));
    }

    /// <summary>
    /// Text is the bottom: how Chinese text writes numbers, amounts and their units (GB/T 15835), dates, document
    /// numbers. It is pure knowledge of the written language, with no site or document in it, so it needs nothing.
    /// </summary>
    [Fact]
    public void Text_refers_to_no_other_namespace_of_the_library() =>
        AssertRefersOnlyTo("Wengao.Text");

    /// <summary>
    /// The model is plain data and nothing of the stages: a figure holds its number as written and its value on the
    /// base scale, which the loader works out with Text's number writing and unit table (GB/T 15835).
    /// </summary>
    [Fact]
    public void The_model_refers_to_nothing_else_of_the_library() =>
        AssertRefersOnlyTo("Wengao.Model");

    /// <summary>Loading reads sources into the model; it reports bad input with the diagnostics' located errors.</summary>
    [Fact]
    public void Loading_refers_only_to_the_model_text_and_diagnostics() =>
        AssertRefersOnlyTo("Wengao.Load", "Wengao.Model", "Wengao.Text", "Wengao.Diagnostics");

    /// <summary>The pipeline drives the stages; a stage that called it back would make it and them one piece.</summary>
    [Fact]
    public void Nothing_in_the_library_calls_the_pipeline()
    {
        var callers = Library.Value
            .Where(reference => Within(reference.ToNamespace, "Wengao.Pipeline") && !Within(reference.FromNamespace, "Wengao.Pipeline"))
            .Select(reference => reference.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(callers.Count == 0, "The pipeline is referred to from below it:\n" + string.Join("\n", callers));
    }

    /// <summary>References out of <paramref name="from"/> (or its children) are to itself, its children or <paramref name="allowed"/>.</summary>
    private static void AssertRefersOnlyTo(string from, params string[] allowed)
    {
        var outside = Library.Value
            .Where(reference => Within(reference.FromNamespace, from))
            .Where(reference => !Within(reference.ToNamespace, from) && !allowed.Any(scope => Within(reference.ToNamespace, scope)))
            .GroupBy(reference => reference.ToNamespace)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => $"  {group.Key}: {group.OrderBy(reference => reference.ToString(), StringComparer.Ordinal).First()}")
            .ToList();
        Assert.True(outside.Count == 0, $"{from} refers to namespaces beyond [{string.Join(", ", allowed)}]:\n{string.Join("\n", outside)}");
    }

    /// <summary>Whether <paramref name="ns"/> is <paramref name="scope"/> or one of its children.</summary>
    private static bool Within(string ns, string scope) => ns == scope || ns.StartsWith(scope + ".", StringComparison.Ordinal);

    private static TypeReferenceSite Edge(string from, string to) =>
        new(from, from + ".A", to, to + ".B", "A.M");

    [Fact]
    public void The_rule_finds_a_cycle_and_names_each_of_its_edges()
    {
        var graph = new NamespaceGraph([
            Edge("Wengao.Model", "Wengao.Check"), Edge("Wengao.Check", "Wengao.Pipeline"), Edge("Wengao.Pipeline", "Wengao.Model"),
            Edge("Wengao.Pipeline", "Wengao.Render"), Edge("Wengao.Render", "Wengao.Text"),
        ]);
        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["Wengao.Check", "Wengao.Model", "Wengao.Pipeline"], cycle.Namespaces);
        Assert.Equal(
            ["Wengao.Check.A → Wengao.Pipeline.B (in A.M)", "Wengao.Model.A → Wengao.Check.B (in A.M)", "Wengao.Pipeline.A → Wengao.Model.B (in A.M)"],
            cycle.Edges.Select(edge => edge.ToString()));
    }

    [Fact]
    public void The_rule_finds_two_siblings_that_refer_to_each_other() =>
        Assert.Equal(["Wengao.Render.Html", "Wengao.Render.Search"],
            Assert.Single(new NamespaceGraph([Edge("Wengao.Render.Html", "Wengao.Render.Search"), Edge("Wengao.Render.Search", "Wengao.Render.Html")]).Cycles()).Namespaces);

    [Fact]
    public void The_rule_allows_a_parent_and_its_own_child_namespace_to_refer_to_each_other() =>
        Assert.Empty(new NamespaceGraph([
            Edge("Wengao.Render.Pdf", "Wengao.Render.Pdf.Compose"), Edge("Wengao.Render.Pdf.Compose", "Wengao.Render.Pdf"),
            Edge("Wengao.Render.Pdf.Compose.Lines", "Wengao.Render.Pdf"),
        ]).Cycles());

    [Fact]
    public void The_rule_passes_a_graph_without_cycles()
    {
        var graph = new NamespaceGraph([
            Edge("Wengao.Load", "Wengao.Model"), Edge("Wengao.Load", "Wengao.Text"), Edge("Wengao.Text", "Wengao.Model"),
            Edge("Wengao.Pipeline", "Wengao.Load"), Edge("Wengao.Pipeline", "Wengao.Model"),
        ]);
        Assert.Empty(graph.Cycles());
        Assert.Equal(["Wengao.Model", "Wengao.Text"], graph.EdgesFrom("Wengao.Load").Select(edge => edge.ToNamespace));
    }

    /// <summary>References that only the IL shows, and one from inside a lambda's closure class, are found.</summary>
    [Fact]
    public void The_reader_finds_references_in_method_bodies_generic_arguments_and_closures()
    {
        const string fixture = "Wengao.Tests.Repository.ArchitectureFixture";
        var found = TypeReferences.Read(typeof(ArchitectureTests).Assembly.Location, fixture)
            .Where(reference => reference.FromNamespace == fixture + ".Caller" && reference.ToNamespace != reference.FromNamespace)
            .Select(reference => $"{reference.From} → {reference.To}")
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal([
            $"{fixture}.Caller.Calling → {fixture}.Argument.Made",
            $"{fixture}.Caller.Calling → {fixture}.Called.Callee",
            $"{fixture}.Caller.Calling → {fixture}.Captured.Held",
        ], found);
    }
}
