using System.Globalization;
using Wengao.Build;

namespace Wengao.Cli;

/// <summary>The `wengao` command line: a thin shell over the library. Exit 0 success, 1 build errors, 2 bad usage.</summary>
public static class Commands
{
    private const string Usage = """
        usage: wengao build [--content DIR] [--templates DIR] [--output DIR] [--no-pdf] [--drafts] [--edition NAME]
               wengao check [PATH…] [--format text|json|sarif] [--fix] [--dry-run]

          build    build the HTML site and the PDFs: output/<edition>/site and output/<edition>/pdf for
                   each edition site.yml declares (--edition NAME: that one only), else output/site and output/pdf
                   defaults: --content content  --templates templates  --output output
                   --drafts: build the sources marked `draft: true` too, marked 草稿
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--help" or "-h" or "help"]) { stdout.WriteLine(string.Join("\n", Usage, AuthoringCommands.Usage, CheckCommand.Usage, PublishCommand.Usage, ServeCommand.Usage)); return 0; }
        if (args is ["check", .. var checkArgs]) return CheckCommand.Run(checkArgs, stdout, stderr);
        if (args is ["new", .. var newArgs]) return AuthoringCommands.New(newArgs, stdout, stderr);
        if (args is ["import", .. var importArgs]) return AuthoringCommands.Import(importArgs, stdout, stderr);
        if (args is ["publish", .. var publishArgs]) return PublishCommand.Run(publishArgs, stdout, stderr);
        if (args is ["serve", .. var serveArgs]) return ServeCommand.Run(serveArgs, stdout, stderr);
        if (args is not ["build", .. var rest]) { stderr.WriteLine(Usage); return 2; }
        var options = new BuildOptions("content", "templates", "output");
        for (var i = 0; i < rest.Length; i++)
        {
            var value = i + 1 < rest.Length ? rest[i + 1] : null;
            switch (rest[i])
            {
                case "--content" when value is not null: options = options with { Content = value }; i++; break;
                case "--templates" when value is not null: options = options with { Templates = value }; i++; break;
                case "--output" when value is not null: options = options with { Output = value }; i++; break;
                case "--no-pdf": options = options with { Pdf = false }; break;
                case "--drafts": options = options with { Drafts = true }; break;
                case "--edition" when value is not null: options = options with { Edition = value }; i++; break;
                default:
                    stderr.WriteLine($"wengao: unknown or incomplete option `{rest[i]}`\n{Usage}");
                    return 2;
            }
        }
        return Build(options, stdout, stderr);
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
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built in {report.Elapsed.TotalSeconds:0.00} s"));
            return 0;
        });
}
