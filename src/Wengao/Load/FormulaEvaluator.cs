using System.Globalization;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>
/// Evaluates a derived figure's formula (ids, numbers, + - * / and parentheses) over other figures.
/// Its caller hands it values on the base scale of <see cref="Text.Units"/> (1.3亿元 = 13000万元), so 5388万元 / 1.3亿元 is 0.41.
/// </summary>
internal sealed class FormulaEvaluator(Func<string, SourceSpan, double> valueOf)
{
    /// <summary>The longest formula accepted: a ratio of sums of a dozen figures is some 200 characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>How deep parentheses and signs (`-(-(…))`) may nest. The evaluator recurses once per level, and 50,000
    /// levels overflowed the stack; a real formula nests two or three.</summary>
    public const int MaxDepth = 32;

    private string _text = "";
    private int _at, _depth;
    private SourceSpan _where;

    public double Evaluate(string formula, SourceSpan where)
    {
        (_text, _at, _depth, _where) = (formula, 0, 0, where);
        if (formula.Length > MaxLength) Fail($"longer than {MaxLength} characters");
        var value = Sum();
        Skip();
        if (_at < _text.Length) Fail($"unexpected `{_text[_at]}`");
        return value;
    }

    private double Sum()
    {
        var value = Product();
        while (Accept('+') || Accept('-'))
            value = Finite(_text[_at - 1] == '+' ? value + Product() : value - Product());
        return value;
    }

    private double Product()
    {
        var value = Factor();
        while (Accept('*') || Accept('/'))
        {
            var op = _text[_at - 1];
            var right = Factor();
            if (op == '/' && right == 0) Fail("division by zero");
            value = Finite(op == '*' ? value * right : value / right);
        }
        return value;
    }

    private double Factor()
    {
        if (Accept('(')) { var inner = Nested(Sum); if (!Accept(')')) Fail("missing `)`"); return inner; }
        if (Accept('-')) return -Nested(Factor);
        Skip();
        var start = _at;
        if (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] == '.'))
        {
            while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] == '.')) _at++;
            var number = _text[start.._at];
            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                Fail($"`{number}` is not a number");
            return Finite(value);
        }
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] == '_')) _at++;
        if (start == _at) Fail(_at < _text.Length ? $"unexpected `{_text[_at]}`" : "the formula ends too early");
        return valueOf(_text[start.._at], _where);
    }

    private double Nested(Func<double> inner)
    {
        if (++_depth > MaxDepth) Fail($"parentheses and signs are nested more than {MaxDepth} deep");
        var value = inner();
        _depth--;
        return value;
    }

    private double Finite(double value)
    {
        if (!double.IsFinite(value)) Fail("the result is too large to be a number");
        return value;
    }

    private bool Accept(char c)
    {
        Skip();
        if (_at < _text.Length && _text[_at] == c) { _at++; return true; }
        return false;
    }

    private void Skip()
    {
        while (_at < _text.Length && _text[_at] == ' ') _at++;
    }

    private void Fail(string message) =>
        throw new BuildFailedException(new SourceError(_where, $"formula `{Shown}`: {message}",
            "a formula combines figure ids and numbers with + - * / and parentheses, e.g. funds_arrived / funds_planned"));

    // A formula of 50,000 parentheses is not repeated in full in its error.
    private string Shown => _text.Length <= 80 ? _text : _text[..80] + "…";
}
