using System.Net;
using Wengao.Model;

namespace Wengao.Serve;

/// <summary>What every HTML request gets while the sources do not build: the errors as the terminal shows them.</summary>
internal static class ErrorPage
{
    public static string Render(IReadOnlyList<SourceError> errors) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8" /><title>构建失败 - wengao serve</title>
        <style>body{"{"}font:15px/1.6 sans-serif;margin:2em;color:#222{"}"}pre{"{"}background:#fff3f3;border-left:4px solid #c00;padding:1em;white-space:pre-wrap{"}"}</style></head>
        <body>
        <h1>构建失败（{errors.Count} 处错误）</h1>
        <p>改正后页面会自动刷新；输出目录里仍是上一次成功构建的页面。</p>
        {string.Concat(errors.Select(e => $"<pre>{WebUtility.HtmlEncode(e.ToString())}</pre>\n"))}
        </body>
        </html>
        """;
}
