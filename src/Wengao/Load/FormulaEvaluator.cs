using System.Globalization;
using Wengao.Diagnostics;

namespace Wengao.Load;

/// <summary>
/// Evaluates a derived figure's formula (ids, numbers, + - * / and parentheses) over other figures.
/// Its caller hands it values on the base scale of <see cref="Model.Units"/> (1.3亿元 = 13000万元), so 5388万元 / 1.3亿元 is 0.41.
/// </summary>
internal sealed class FormulaEvaluator(Func<string, SourceSpan, double> valueOf)
{
    private string _text = "";
    private int _at;
    private SourceSpan _where;

    public double Evaluate(string formula, SourceSpan where)
    {
        (_text, _at, _where) = (formula, 0, where);
        var value = Sum();
        Skip();
        if (_at < _text.Length) Fail($"unexpected `{_text[_at]}`");
        return value;
    }

    private double Sum()
    {
        var value = Product();
        while (Accept('+') || Accept('-'))
            value = _text[_at - 1] == '+' ? value + Product() : value - Product();
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
            value = op == '*' ? value * right : value / right;
        }
        return value;
    }

    private double Factor()
    {
        if (Accept('(')) { var inner = Sum(); if (!Accept(')')) Fail("missing `)`"); return inner; }
        if (Accept('-')) return -Factor();
        Skip();
        var start = _at;
        if (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] == '.'))
        {
            while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] == '.')) _at++;
            return double.Parse(_text[start.._at], CultureInfo.InvariantCulture);
        }
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] == '_')) _at++;
        if (start == _at) Fail(_at < _text.Length ? $"unexpected `{_text[_at]}`" : "the formula ends too early");
        return valueOf(_text[start.._at], _where);
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
        throw new BuildFailedException(new SourceError(_where, $"formula `{_text}`: {message}",
            "a formula combines figure ids and numbers with + - * / and parentheses, e.g. funds_arrived / funds_planned"));
}
