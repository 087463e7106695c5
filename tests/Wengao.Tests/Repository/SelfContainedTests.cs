using System.Text.RegularExpressions;
using Wengao.Tests.Support;

namespace Wengao.Tests.Repository;

/// <summary>
/// A clone in any folder, with nothing beside it, passes: no test reads a file outside the repository. The tests'
/// own sources are read for paths that leave it (a `..` above the root, the project's shared/ folder, an absolute
/// path on the machine); what the machine is set up with (fonts, programs) is named in <see cref="Provisioned"/>.
/// </summary>
public sealed partial class SelfContainedTests
{
    /// <summary>Paths a test may name because the build script installs them: they are the machine's, not test data.</summary>
    private static readonly string[] Provisioned = ["/usr/share/fonts", "/usr/share/dotnet/", "/usr/bin/", "/dev/"];

    /// <summary>Machine paths named as what the code under test must refuse, never read by a test: each with why.</summary>
    private static readonly Dictionary<string, string> Refused = new()
    {
        ["/etc/passwd"] = "the target of a symbolic link planted in templates/, which the build must not follow",
        ["../../etc/passwd"] = "a file name the fuzzer gives a source, which the loader must refuse",
    };

    /// <summary>The top folders of a Unix machine: a literal starting with one of them is a path on this machine.</summary>
    private static readonly string[] MachineRoots = ["/work", "/home/", "/root/", "/tmp/", "/opt/", "/srv/", "/mnt/", "/var/", "/etc/", "/usr/", "/dev/"];

    [GeneratedRegex("\"(?<text>(?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    private static IEnumerable<(string File, int Line, string Literal)> Literals()
    {
        var tests = Path.Combine(Repo.Root, "tests");
        foreach (var file in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Root, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules")) continue;
            if (Path.GetFileName(file) == $"{nameof(SelfContainedTests)}.cs") continue; // the rule's own lists and examples
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                foreach (Match match in StringLiteral().Matches(lines[i]))
                    yield return (relative, i + 1, match.Groups["text"].Value);
        }
    }

    /// <summary>Why a literal names a place outside the repository, or null where it does not.</summary>
    /// <param name="folder">the folder of the test file the literal is in, which a relative path may start from too</param>
    private static string? Outside(string literal, string folder)
    {
        if (literal is "shared" || literal.Contains("shared/", StringComparison.Ordinal))
            return "names the project's shared/ folder, which a clone does not have";
        if (MachineRoots.Any(root => literal.StartsWith(root, StringComparison.Ordinal)) && !Refused.ContainsKey(literal) && !Provisioned.Any(p => literal.StartsWith(p, StringComparison.Ordinal)))
            return "is a path on this machine";
        // A `..` is a way out where, from the repository or the test's folder, it reaches a file beside the repository;
        // attack inputs (`../` as a tag, an include of ../../content/site.yml) reach none and are what the code must refuse.
        if (literal.Contains("..", StringComparison.Ordinal) && !Refused.ContainsKey(literal) && !literal.Any(c => char.IsWhiteSpace(c) || c is '{' or '\'' or '<'))
            foreach (var start in new[] { Repo.Root, folder })
                if (Path.GetFullPath(Path.Combine(start, literal)) is var full && !full.StartsWith(Repo.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && File.Exists(full))
                    return $"climbs out of the repository to {full}";
        return null;
    }

    [Fact]
    public void No_test_names_a_path_outside_the_repository()
    {
        var outside = Literals().Select(l => (l.File, l.Line, l.Literal, Why: Outside(l.Literal, Path.GetDirectoryName(Path.Combine(Repo.Root, l.File))!)))
            .Where(l => l.Why is not null)
            .Select(l => $"{l.File}:{l.Line}: \"{l.Literal}\" {l.Why}").ToList();
        Assert.True(outside.Count == 0, string.Join("\n", outside));
    }

    [Theory]
    // Spelt in pieces, so that a look for such paths in the tests (the before-stop hook's) does not find the examples.
    [InlineData("../" + "shared/" + "seeds/000_5a3784b8f9ea1f75.txt")]
    [InlineData("shared")]
    [InlineData("/work/" + "shared/" + "seeds/000_5a3784b8f9ea1f75.txt")]
    [InlineData("/tmp/fixture.txt")]
    [InlineData("../../../../../../../../etc/hostname")]
    [InlineData("tests/../../../../../../../../etc/hostname")]
    public void The_rule_sees_each_way_out(string literal) => Assert.NotNull(Outside(literal, Repo.Root));

    [Theory]
    [InlineData("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")]
    [InlineData("/__wengao/events")]
    [InlineData("content/site.yml")]
    [InlineData("../content/site.yml")]
    [InlineData("..")]
    [InlineData("{{ include '../../content/site.yml' }}")]
    public void The_rule_leaves_the_machine_setup_urls_and_refused_inputs(string literal) => Assert.Null(Outside(literal, Repo.Root));

    [Fact]
    public void The_paths_tests_are_given_are_inside_the_repository_and_exist()
    {
        foreach (var path in new[] { Repo.Content, Repo.Templates, Repo.Fixtures, Repo.SeedFile })
        {
            Assert.StartsWith(Repo.Root + Path.DirectorySeparatorChar, Path.GetFullPath(path));
            Assert.True(File.Exists(path) || Directory.Exists(path), path);
        }
    }

    [Fact]
    public void The_seed_fixture_is_the_scraped_sample_with_its_chrome()
    {
        var text = File.ReadAllText(Repo.SeedFile);
        Assert.Contains("在xxx赴xxx帮扶工作队慰问座谈会上的发言", text);
        Assert.Contains("221381", text); // the site's counter after the text, which import must drop
    }
}
