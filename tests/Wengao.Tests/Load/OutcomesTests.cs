using Wengao.Diagnostics;
using Wengao.Load;
using Wengao.Tests.Support;

namespace Wengao.Tests.Load;

public sealed class OutcomesTests : IDisposable
{
    private readonly TempDir _dir = new();

    private Model.OutcomeSet Load(string yaml)
    {
        var path = _dir["test.yml"];
        File.WriteAllText(path, yaml);
        return OutcomesLoader.Load(path);
    }

    private SourceError Fails(string yaml) => Assert.Single(Assert.Throws<BuildFailedException>(() => Load(yaml)).Errors);

    private const string Funds = """
        title: 成效
        figures:
          - id: planned
            label: 计划
            value: 1.3
            unit: 亿元
          - id: arrived
            label: 到位
            value: 5388
            unit: 万元

        """;

    [Fact]
    public void A_derived_share_is_computed_across_scales()
    {
        var set = Load(Funds + """
              - id: share
                label: 占比
                formula: arrived / planned
                unit: "%"
                decimals: 0
            """);
        Assert.Equal("41%", set.Find("share")!.Text);
        Assert.Equal(41.446, set.Find("share")!.Value, 3);
        Assert.Equal("1.3亿元", set.Find("planned")!.Text);
    }

    [Theory]
    [InlineData("多", null, "万元", "500多万元")]
    [InlineData("多", "个", "月", "500个多月")]
    [InlineData("以上", null, "次", "500次以上")]
    public void Approximate_values_keep_their_qualifier(string qualifier, string? measure, string unit, string text)
    {
        var set = Load($"""
            title: t
            figures:
              - id: a
                label: l
                value: 500
                unit: {unit}
                qualifier: {qualifier}
            {(measure is null ? "" : $"    measure: {measure}")}
            """);
        Assert.Equal(text, set.Find("a")!.Text);
    }

    [Theory]
    [InlineData("arrived / missing", 13, "`missing`, which is not a figure")]
    [InlineData("arrived / (planned - planned)", 13, "division by zero")]
    [InlineData("share * 2", 13, "depends on itself")]
    [InlineData("arrived / / planned", 13, "unexpected `/`")]
    public void Formula_errors_name_the_formula_line(string formula, int line, string message)
    {
        var error = Fails(Funds + $"""
              - id: share
                label: 占比
                formula: {formula}
                unit: "%"
            """);
        Assert.Equal(line, error.Where.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_figure_needs_exactly_one_of_value_and_formula()
    {
        var error = Fails("""
            title: t
            figures:
              - id: a
                label: l
                unit: 元
            """);
        Assert.Contains("needs `value` or `formula`", error.Message);
        Assert.Equal((3, 5), (error.Where.Line, error.Where.Column));
    }

    [Fact]
    public void Duplicate_ids_and_unknown_qualifiers_are_reported()
    {
        var errors = Assert.Throws<BuildFailedException>(() => Load(Funds + """
              - id: planned
                label: again
                value: 1
                unit: 元
                qualifier: 大约
            """)).Errors;
        Assert.Contains(errors, e => e.Message.Contains("used twice"));
        Assert.Contains(errors, e => e.Message.Contains("unknown qualifier `大约`") && e.Where.Line == 15);
    }

    public void Dispose() => _dir.Dispose();
}
