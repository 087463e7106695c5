using Wengao.Setup;

// `dotnet run --project src/Wengao.Setup -- --for build|test [--content DIR]`, run by build.cake before it builds the
// sample (build) or runs the tests (test). Exit 0: all there or installed; 1: cannot install, or installing failed; 2: usage.
const string Usage = "usage: Wengao.Setup --for build|test [--content DIR]";

Purpose? purpose = null;
string content = "content";
for (int i = 0; i < args.Length; i++)
{
    string? value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--for" when value is "build" or "test":
            purpose = value == "build" ? Purpose.Build : Purpose.Test;
            i++;
            break;
        case "--content" when value is not null:
            content = value;
            i++;
            break;
        default:
            Console.Error.WriteLine($"Wengao.Setup: unknown or incomplete option `{args[i]}`; {Usage}");
            return 2;
    }
}
if (purpose is not { } what)
{
    Console.Error.WriteLine($"Wengao.Setup: --for is required; {Usage}");
    return 2;
}
return SetupCommand.Run(what, content, Console.Out, Console.Error);
