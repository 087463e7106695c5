using System.CommandLine;
using System.Globalization;
using Wengao.Pipeline;

namespace Wengao.Cli;

/// <summary>`wengao build`: the site and the PDFs of every edition, swapped into the output folder whole.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CliOptions.Content();
        var templates = CliOptions.Templates();
        var output = CliOptions.Output();
        var noPdf = CliOptions.Flag("--no-pdf", "build the site only, without PDFs (and without the fonts they need)");
        var drafts = CliOptions.Flag("--drafts", "build the sources marked `draft: true` too, marked 草稿");
        var edition = CliOptions.Edition("build only this edition of those site.yml declares, into OUTPUT/NAME/");
        var least = CliOptions.MinConfidence($"print only the proofreading warnings at least this sure (the default, {Check.Checker.BuildConfidence.Level}, is {Check.Checker.BuildConfidence})",
            Check.Checker.BuildConfidence);
        var copies = CliOptions.Copies();
        var noCache = CliOptions.Flag("--no-cache", "render every output anew, not reusing the last build's files (the cache is written again)");
        var command = new Command("build", "build the HTML site and the PDFs: OUTPUT/<edition>/site and OUTPUT/<edition>/pdf for each edition site.yml declares")
        {
            content, templates, output, noPdf, drafts, edition, least, copies, noCache,
        };
        CliOptions.ValidateEdition(command, edition, content);
        command.Validators.Add(result =>
        {
            if (result.GetResult(copies) is { Tokens.Count: > 0 } && result.GetResult(noPdf) is { Implicit: false })
                result.AddError("--copies makes numbered copies of PDFs, and --no-pdf makes none: leave out one of them");
        });
        command.SetAction(result => Build(new BuildOptions(result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(output)!,
            Pdf: !result.GetValue(noPdf), Drafts: result.GetValue(drafts), Edition: result.GetValue(edition),
            MinConfidence: result.GetValue(least), Copies: result.GetValue(copies), Cache: !result.GetValue(noCache)), stdout, stderr));
        return command;
    }

    private static int Build(BuildOptions options, TextWriter stdout, TextWriter stderr) =>
        Failure.Guard(stderr, "build failed; the previous output was left as it was", () =>
        {
            var report = ConsoleProgress.Build(options, stdout);
            foreach (var note in report.Notes) stdout.WriteLine(note);
            CheckCommand.PrintWarnings(report.Checks, stdout);
            var output = Path.GetRelativePath(Directory.GetCurrentDirectory(), report.Output);
            stdout.WriteLine(options.Pdf
                ? $"wrote {report.HtmlPages} HTML pages and {report.PdfFiles} PDFs ({report.PdfPages} pages) to {output}"
                : $"wrote {report.HtmlPages} HTML pages to {output}");
            var cache = report.Cache;
            stdout.WriteLine($"cache: {cache.Rendered.Count} files rendered, {cache.Reused} outputs reused; {cache.Written.Count} files written, "
                + $"{cache.Linked} linked from the last build; {cache.Loaded} documents loaded, {cache.Parsed} parsed, {cache.Checked} proofread");
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built in {report.Elapsed.TotalSeconds:0.00} s"));
            return 0;
        });
}
