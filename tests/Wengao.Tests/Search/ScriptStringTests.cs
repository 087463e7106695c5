using System.Text;
using System.Text.Json;
using Wengao.Render.Search;
using Xunit;

namespace Wengao.Tests.Search;

/// <summary>A chunk's text as the hand-written JSON string writer gives it: read back by System.Text.Json, the text as it was.</summary>
public sealed class ScriptStringTests
{
    [Theory]
    [InlineData("各位代表：现将政府工作报告如下。")]
    [InlineData("他说：\"要抓落实\"，路径 C:\\文件\\")]
    [InlineData("第一行\n第二行\r\n\t缩进\u0001\u001f")]
    [InlineData("行分隔\u2028段分隔\u2029止")]
    [InlineData("𠀀𪚥 beyond the BMP, 😀")]
    public void The_text_reads_back_as_it_was(string text)
    {
        var bytes = ScriptString.Append("f("u8, "{\"a\":1"u8, ",\"text\":"u8, text, "});"u8);
        var script = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("f({\"a\":1,\"text\":\"", script);
        Assert.EndsWith("\"});", script);
        var json = script["f(".Length..^");".Length];
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(text, parsed.RootElement.GetProperty("text").GetString());
        // A script's line terminators never appear raw: a string literal may not hold them in older engines.
        Assert.DoesNotContain('\u2028', json);
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public void A_lone_half_of_a_surrogate_pair_is_escaped_not_replaced()
    {
        var script = Encoding.UTF8.GetString(ScriptString.Append(""u8, ""u8, ""u8, "前\uD800后", ""u8));
        Assert.Equal("\"前\\uD800后\"", script);
    }
}
