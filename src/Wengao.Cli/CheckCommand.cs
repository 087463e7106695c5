using System.CommandLine;
using System.Text;
using Wengao.Check;
using Wengao.Check.Reports;
using Wengao.Load;
using Wengao.Model;

namespace Wengao.Cli;

/// <summary>`wengao check [PATH…] [--format text|json|sarif] [--min-confidence LEVEL] [--fix] [--dry-run]`: exit 0 no errors, 1 errors, 2 bad usage.</summary>
internal static class CheckCommand
{
    private enum Format { Text, Json, Sarif }

    private static readonly Dictionary<string, Format> Formats = new() { ["text"] = Format.Text, ["json"] = Format.Json, ["sarif"] = Format.Sarif };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "a content folder, a folder under it, or a source file (default: content); or any .md, .txt (UTF-8, GB18030) or .docx draft, checked alone with the site defaults",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "PATH",
        };
        var format = CliOptions.OneOf("--format", "how to print the findings", [.. Formats.Keys]);
        var fix = CliOptions.Flag("--fix", "apply the safe fixes (punctuation width, quotes) in place");
        var dryRun = CliOptions.Flag("--dry-run", "with --fix: print the fixes as a unified diff instead of applying them");
        var least = CliOptions.MinConfidence("show only the warnings at least this sure (every error is shown; 0, the default, shows all)", Confidence.Any);
        var command = new Command("check", "proofread the documents of every kind: punctuation, counts, outline, dates, numerals, figures against the data, broken paragraphs, captions and datelines, confusable words, speaking time")
        {
            paths, format, least, fix, dryRun,
        };
        // A word that looks like an option is a mistyped one, not a path (the argument would take it otherwise).
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value))
                if (token.StartsWith('-')) result.AddError(Usage.Unknown(token, command));
                else if (!File.Exists(token) && !Directory.Exists(token)) result.AddError($"`{token}`: no such file or folder");
        });
        // --fix writes only text: a Word draft named with it is a mistake on the command line, before anything is changed.
        command.Validators.Add(result =>
        {
            if ((result.GetValue(fix) || result.GetValue(dryRun)) && DraftCheck.CannotFix([.. result.GetValue(paths) ?? []]) is { } refusal)
                result.AddError(refusal);
        });
        command.SetAction(result => Run([.. result.GetValue(paths) ?? []], Formats[result.GetValue(format)!], result.GetValue(least),
            result.GetValue(fix), result.GetValue(dryRun), stdout, stderr));
        return command;
    }

    private static int Run(List<string> paths, Format format, Confidence least, bool fix, bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        if (paths.Count == 0) paths.Add(CliOptions.ContentFolder);
        return Failure.Guard(stderr, "check failed", () =>
        {
            var findings = Check(paths, least);
            if (fix || dryRun)
            {
                var plan = Fixer.Plan(findings);
                foreach (var file in plan)
                    if (dryRun) stdout.Write(Fixer.Diff(file));
                    else Fixer.Write(file);
                var verb = dryRun ? "would fix" : "fixed";
                stderr.WriteLine($"{verb} {plan.Sum(p => p.Fixes)} mark(s) in {plan.Count} file(s)");
                if (dryRun) return findings.Any(f => f.Severity == Severity.Error) ? 1 : 0;
                findings = Check(paths, least);
            }
            Print(findings, format, stdout);
            return findings.Any(f => f.Severity == Severity.Error) ? 1 : 0;
        });
    }

    /// <summary>Checks each content folder once, limited to the files and folders named under it.</summary>
    /// <param name="least">the confidence a warning needs to be kept (and fixed); errors are all kept, as they decide the exit code</param>
    private static List<Finding> Check(List<string> paths, Confidence least) =>
        [.. Check(paths).Where(f => f.Severity == Severity.Error || f.Confidence >= least)];

    private static List<Finding> Check(List<string> paths)
    {
        var findings = new List<Finding>();
        foreach (var group in paths.GroupBy(p => DraftCheck.IsDraft(p) ? p : ContentFolder(p)))
        {
            // A .txt or .docx, or a .md with no site.yml above it, is a draft: checked alone, located in the original.
            if (File.Exists(group.Key)) { findings.AddRange(DraftCheck.Run(group.Key)); continue; }
            // The kinds are the project's: templates/ beside the content folder declares them, when it is there.
            var templates = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(group.Key))!, CliOptions.TemplatesFolder);
            var corpus = CorpusLoader.Load(group.Key, Directory.Exists(templates) ? templates : null);
            var whole = group.Any(p => Path.GetFullPath(p) == Path.GetFullPath(group.Key));
            var only = whole ? null : group.SelectMany(p => Directory.Exists(p)
                ? Directory.GetFiles(p, "*.md", SearchOption.AllDirectories) : [p]).Select(Path.GetFullPath).ToHashSet();
            findings.AddRange(Checker.Run(corpus, only));
        }
        return findings;
    }

    /// <summary>The content folder a path belongs to: the nearest folder, from the path up, holding site.yml.</summary>
    private static string ContentFolder(string path)
    {
        var full = Path.GetFullPath(path);
        for (var dir = Directory.Exists(full) ? full : Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "site.yml")))
                return Path.GetRelativePath(Directory.GetCurrentDirectory(), dir) is var relative && !relative.StartsWith("..") ? relative : dir;
        return path; // the loader reports the missing site.yml
    }

    /// <summary>What `wengao build` prints of the checks: the count by rule and the sample, one line each, then how many less sure ones it left out.</summary>
    public static void PrintWarnings(CheckSummary checks, TextWriter stdout)
    {
        if (checks.Warnings > 0)
        {
            stdout.WriteLine($"check: {checks.Text}");
            // What needs a person comes first; what --fix can do is summed up by the count above.
            foreach (var warning in checks.Sample) stdout.WriteLine($"  {warning}");
            if (checks.Warnings > checks.Sample.Count)
                stdout.WriteLine($"  … and {checks.Warnings - checks.Sample.Count} more: run `wengao check` to see them all, `wengao check --fix` to fix the punctuation");
        }
        if (checks.Unsure > 0)
            stdout.WriteLine($"check: {checks.Unsure} less sure warning(s) not shown (confidence below {checks.Least}): `wengao check` lists them");
    }

    private static void Print(IReadOnlyList<Finding> findings, Format format, TextWriter stdout)
    {
        if (format == Format.Text) { TextReport.Write(findings, stdout); return; }
        using var buffer = new MemoryStream();
        if (format == Format.Json) JsonReport.Write(findings, buffer);
        else SarifReport.Write(findings, buffer);
        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
