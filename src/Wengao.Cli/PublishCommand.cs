using System.CommandLine;
using Wengao.Pipeline;

namespace Wengao.Cli;

/// <summary>`wengao publish --to DIR [--edition NAME] [--output DIR]`: puts a built site where the web server serves it.</summary>
internal static class PublishCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var to = new Option<string>("--to") { Description = "the folder the web server serves, replaced whole (the version before is kept for --rollback)", HelpName = "DIR", Required = true };
        var edition = CliOptions.Edition("the edition to publish (needed where site.yml declares editions)");
        var output = CliOptions.Output();
        output.Description = "the output folder of `wengao build`";
        var rollback = CliOptions.Flag("--rollback", "put back the version the last publish replaced");
        var command = new Command("publish", "put a built site where the web server serves it, swapped in whole") { to, edition, output, rollback };
        command.SetAction(result => Failure.Guard(stderr, "nothing was published; the folder was left as it was", () =>
        {
            var folder = result.GetValue(to)!;
            if (result.GetValue(rollback))
            {
                Publisher.Rollback(folder);
                stdout.WriteLine($"rolled {folder} back to the version before; the one taken down is kept for another --rollback");
                return 0;
            }
            var name = result.GetValue(edition);
            var files = Publisher.Publish(result.GetValue(output)!, name, folder);
            stdout.WriteLine($"published {files} files of {(name is null ? "the site" : $"the {name} edition")} to {folder}");
            return 0;
        }));
        return command;
    }
}
