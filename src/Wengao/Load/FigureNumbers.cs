using Wengao.Model;
using Wengao.Text;

namespace Wengao.Load;

/// <summary>A figure's number as written and its value on the base scale, worked out once when it is loaded: the model holds them as plain data.</summary>
public static class FigureNumbers
{
    /// <summary>The figure with <see cref="Figure.Number"/> (1.3, 5388, rounded to its decimals, as the template functions write numbers) and <see cref="Figure.BaseValue"/> (by the units table) set from its value.</summary>
    public static Figure Written(Figure figure) => figure with
    {
        Number = ArabicNumbers.Format(ArabicNumbers.ToDecimal(figure.Value), figure.Decimals),
        BaseValue = ArabicNumbers.ToDecimal(figure.Value) * Units.Get(figure.Unit).Scale,
    };
}
