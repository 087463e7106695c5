using System.CommandLine;

namespace Wengao.Cli;

/// <summary>
/// `wengao completion bash|zsh|pwsh`: a script for the shell that asks wengao itself what may come next, through
/// System.CommandLine's `[suggest:POSITION]` directive — so completion knows every command, option and value the
/// parser knows, and a new option is completed without touching the scripts.
/// </summary>
internal static class CompletionCommand
{
    private static readonly Dictionary<string, string> Scripts = new()
    {
        ["bash"] = """
            # wengao completion for bash: add `source <(wengao completion bash)` to ~/.bashrc
            _wengao_complete() {
              local IFS=$'\n'
              COMPREPLY=($(command wengao "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
            }
            complete -o default -F _wengao_complete wengao
            """,
        ["zsh"] = """
            # wengao completion for zsh: add `source <(wengao completion zsh)` to ~/.zshrc
            _wengao_complete() {
              local -a words
              words=("${(@f)$(command wengao "[suggest:${#BUFFER}]" "$BUFFER" 2>/dev/null)}")
              compadd -- $words
            }
            compdef _wengao_complete wengao
            """,
        ["pwsh"] = """
            # wengao completion for PowerShell: add `wengao completion pwsh | Out-String | Invoke-Expression` to $PROFILE
            Register-ArgumentCompleter -Native -CommandName wengao -ScriptBlock {
              param($wordToComplete, $commandAst, $cursorPosition)
              wengao "[suggest:$cursorPosition]" "$commandAst" | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
              }
            }
            """,
    };

    public static Command Create(TextWriter stdout)
    {
        var shell = CliOptions.OneOf(new Argument<string>("SHELL") { Description = $"the shell: {string.Join(", ", Scripts.Keys)}", HelpName = "SHELL" }, [.. Scripts.Keys]);
        var command = new Command("completion", "print the shell script that completes wengao's commands and options") { shell };
        command.SetAction(result =>
        {
            stdout.WriteLine(Scripts[result.GetValue(shell)!]);
            return 0;
        });
        return command;
    }
}
