using Wengao.Build;

namespace Wengao.Cli;

/// <summary>`wengao publish --to DIR [--edition NAME] [--output DIR]`: puts a built site where the web server serves it.</summary>
internal static class PublishCommand
{
    public const string Usage = "       wengao publish --to DIR [--edition NAME] [--output DIR] | wengao publish --to DIR --rollback";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? to = null, edition = null;
        var output = "output";
        var rollback = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--to" when value is not null: to = value; i++; break;
                case "--edition" when value is not null: edition = value; i++; break;
                case "--output" when value is not null: output = value; i++; break;
                case "--rollback": rollback = true; break;
                default: stderr.WriteLine($"wengao publish: unknown or incomplete option `{args[i]}`\n{Usage}"); return 2;
            }
        }
        if (to is null) { stderr.WriteLine($"wengao publish: name the folder to publish to with --to DIR\n{Usage}"); return 2; }
        return Failure.Guard(stderr, "nothing was published; the folder was left as it was", () =>
        {
            if (rollback)
            {
                Publisher.Rollback(to);
                stdout.WriteLine($"rolled {to} back to the version before; the one taken down is kept for another --rollback");
                return 0;
            }
            var files = Publisher.Publish(output, edition, to);
            stdout.WriteLine($"published {files} files of {(edition is null ? "the site" : $"the {edition} edition")} to {to}");
            return 0;
        });
    }
}
