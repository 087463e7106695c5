using System.Text.Json;
using Microsoft.Playwright;
using Wengao.Tests.Browser;

namespace Wengao.Tests.Support;

/// <summary>
/// The independent OFD reader of the tests (issue 22): ofd.js (tests/browser/package.json) renders an .ofd in Debian's
/// Chromium, and tests/browser/ofd/render.js reads back what it drew. Every length is in millimetres from the page's
/// top-left corner, x to the right and y downward, as GB/T 33190-2016 clause 7.3.1 sets a page's coordinates.
/// A test class takes it as a fixture (<c>IClassFixture&lt;OfdJs&gt;</c>): one Chromium serves all its renders.
/// </summary>
public sealed class OfdJs : ServedSite
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>tests/browser, so that the harness page (ofd/render.html) reaches ofd.js in node_modules beside it.</summary>
    protected override string Site
    {
        get
        {
            _ = Tools.OfdJsScript; // fails with `npm ci`'s command when ofd.js is not installed
            return Tools.Folder;
        }
    }

    protected override void Cleanup() { }

    /// <summary>
    /// ofd.js's rendering of the OFD package at <paramref name="ofdPath"/>. Throws <see cref="InvalidOperationException"/>
    /// with ofd.js's message when it cannot open or draw the package, when the page logs a console error or an uncaught
    /// exception, or when it asks for anything not on 127.0.0.1.
    /// </summary>
    public async Task<OfdRendering> RenderAsync(string ofdPath)
    {
        var bytes = await File.ReadAllBytesAsync(ofdPath);
        var (page, requests) = await NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add($"console error: {message.Text}"); };
        page.PageError += (_, error) => { lock (errors) errors.Add($"uncaught: {error}"); };
        try
        {
            await page.GotoAsync(Url("ofd/render.html"));
            JsonElement result;
            try
            {
                result = await page.EvaluateAsync<JsonElement>("base64 => renderOfdBase64(base64)", Convert.ToBase64String(bytes));
            }
            catch (PlaywrightException e)
            {
                throw new InvalidOperationException($"ofd.js failed on {ofdPath}: {e.Message}", e);
            }
            var outside = requests.Where(url => !IsLocal(url)).Distinct().ToList();
            lock (errors)
                if (errors.Count > 0 || outside.Count > 0)
                    throw new InvalidOperationException($"ofd.js on {ofdPath}:\n  " + string.Join("\n  ",
                        errors.Concat(outside.Select(url => $"asked for {url}, which is not local"))));
            return result.Deserialize<OfdRendering>(Json)
                ?? throw new InvalidOperationException($"the harness returned nothing for {ofdPath}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}

/// <summary>What ofd.js drew for an OFD document, page by page in the document's order.</summary>
public sealed record OfdRendering(IReadOnlyList<OfdPage> Pages);

/// <summary>
/// One page as ofd.js drew it: its size in mm (the page's own Area, else the document's PageArea, PhysicalBox first),
/// its glyphs and paths in drawing order (template layers, then content layers; in a layer ofd.js draws images, then
/// paths, then text objects), <see cref="PxPerMm"/> the scale it drew at.
/// </summary>
public sealed record OfdPage(int Index, string Id, double Width, double Height, double PxPerMm,
    IReadOnlyList<OfdGlyph> Glyphs, IReadOnlyList<OfdPath> Paths)
{
    // Glyphs of one TextCode share a baseline exactly (ofd.js reads no DeltaY then); a hundredth of a millimetre
    // absorbs the browser's float rounding and is far below any two lines' distance.
    private const double SameBaselineMm = 0.01;

    /// <summary>Every glyph's text in drawing order, with nothing between them.</summary>
    public string Text => string.Concat(Glyphs.Select(g => g.Text));

    /// <summary>The glyphs cut into runs of consecutive glyphs on one baseline: a line of the page, in drawing order.</summary>
    public IReadOnlyList<OfdLine> Lines
    {
        get
        {
            var lines = new List<List<OfdGlyph>>();
            foreach (var glyph in Glyphs)
                if (lines.Count > 0 && Math.Abs(lines[^1][0].Y - glyph.Y) <= SameBaselineMm) lines[^1].Add(glyph);
                else lines.Add([glyph]);
            return lines.Select(line => new OfdLine(line[0].Y, line)).ToList();
        }
    }
}

/// <summary>A run of glyphs on the baseline <paramref name="Y"/> (mm from the page's top).</summary>
public sealed record OfdLine(double Y, IReadOnlyList<OfdGlyph> Glyphs)
{
    public string Text => string.Concat(Glyphs.Select(g => g.Text));
}

/// <summary>
/// One character ofd.js drew (it draws each as an SVG text element of its own). <paramref name="X"/> and <paramref name="Y"/>
/// are the glyph's origin on its baseline, where Chromium laid it out (its start position, through every transform), in
/// mm from the page's top-left corner: the point GB/T 33190's TextCode X/Y and DeltaX give, and the point PdfPig calls a
/// letter's StartBaseLine (in PDF points from the bottom-left: x mm = x pt × 25.4 / 72, y mm = page height − y pt × 25.4 / 72).
/// <paramref name="Size"/> is the font size in mm, <paramref name="Advance"/> the width Chromium gave the glyph in the font it
/// found (mm), <paramref name="Font"/> the CSS font-family ofd.js asked for and <paramref name="Fill"/> the computed fill colour.
/// </summary>
public sealed record OfdGlyph(string Text, double X, double Y, double Size, double Advance, string Font, string Fill);

/// <summary>One path ofd.js drew: its geometry's box on the page (mm, without the stroke's width), its computed stroke colour, stroke width (mm) and fill.</summary>
public sealed record OfdPath(double Left, double Top, double Right, double Bottom, string Stroke, double StrokeWidth, string Fill);
