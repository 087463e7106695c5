using Wengao.Diagnostics;
using Wengao.Load;
using Wengao.Tests.Support;
using Wengao.Model;

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

    [Theory]
    [InlineData("万圆", "known units: 元")]
    [InlineData("％", "did you mean `%`?")]
    [InlineData("分", "did you mean `分钟`?")]
    [InlineData("千元", "千 is not a magnitude")]
    public void An_unknown_unit_names_its_place_and_the_known_units(string unit, string hint)
    {
        var error = Fails($"""
            title: t
            figures:
              - id: a
                label: l
                value: 5
                unit: {unit}
            """);
        Assert.Equal($"unknown unit `{unit}`", error.Message);
        Assert.Equal((6, 11), (error.Where.Line, error.Where.Column));
        Assert.Contains(hint, error.Hint);
    }

    [Theory]
    [InlineData("万亩", "亩", 2_000_000)]
    [InlineData("个亿", "万", 2_000_000)]
    [InlineData("‰", "%", 20)]
    [InlineData("人", "万人", 0.02)]
    public void Formulas_compute_on_the_scale_of_the_units_table(string partUnit, string wholeUnit, double percent)
    {
        var set = Load($"""
            title: t
            figures:
              - id: part
                label: l
                value: 2
                unit: "{partUnit}"
              - id: whole
                label: l
                value: 1
                unit: "{wholeUnit}"
              - id: ratio
                label: l
                formula: part / whole
                unit: "%"
            """);
        Assert.Equal(percent, set.Find("ratio")!.Value, 9);
    }

    [Fact]
    public void A_figure_names_its_own_source()
    {
        var set = Load(Funds + """
                source: 县财政局台账
            """);
        Assert.Equal("县财政局台账", set.Find("arrived")!.Source);
        Assert.Null(set.Find("planned")!.Source);
    }

    public void Dispose() => _dir.Dispose();
}
