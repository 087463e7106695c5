using System.Xml.Linq;
using Wengao.Pipeline;
using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.Authoring;

/// <summary>Runs the CLI and reads back what a speech page shows: title, salutation, paragraphs, run-in headings.</summary>
internal static class AuthoringKit
{
    public static (int Exit, string Out, string Err) RunCli(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Commands.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A content folder with the sample's site settings and outcomes but no speech.</summary>
    public static string EmptyContent(TempDir dir)
    {
        var content = dir["content"];
        TempDir.Copy(Path.Combine(Repo.Content, "outcomes"), Path.Combine(content, "outcomes"));
        File.Copy(Path.Combine(Repo.Content, "site.yml"), Path.Combine(content, "site.yml"));
        return content;
    }

    /// <summary>Imports a draft as a speech into a new content folder: the report, the folder and the source written.</summary>
    public static (string Out, string Content, string Source) ImportDraft(TempDir dir, string draft, string slug, params string[] extra)
    {
        var content = EmptyContent(dir);
        var (exit, stdout, stderr) = RunCli(["import", draft, "--content", content, "--slug", slug, .. extra]);
        Assert.True(exit == 0, stderr);
        return (stdout, content, Directory.GetFiles(Path.Combine(content, "speeches"), "*.md").Single());
    }

    /// <summary>Marks an imported source checked: its `draft: true` line deleted, as the import tells the user to.</summary>
    public static void Publish(string source) =>
        File.WriteAllText(source, File.ReadAllText(source).Replace("draft: true  # 核对无误后删去此行，才会发布\n", ""));

    /// <summary>Builds the site (drafts included, no PDF) and reads its only speech page.</summary>
    public static SpeechPage BuildPage(string content, string output)
    {
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, output, Pdf: false, Drafts: true));
        return SpeechPage.Read(Directory.GetFiles(Path.Combine(output, "internal", "site", "speeches"), "*.html").Single());
    }
}

internal sealed record SpeechPage(string Title, string? Salutation, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Headings, bool Draft)
{
    public static SpeechPage Read(string path)
    {
        var page = Html.Load(path);
        var article = page.All("article").Single();
        var body = article.Descendants("div").Single(d => (string?)d.Attribute("class") == "body");
        return new SpeechPage(
            article.Descendants("h1").Single().Text(),
            article.Descendants("p").SingleOrDefault(p => (string?)p.Attribute("class") == "salutation")?.Text(),
            body.Elements("p").Select(p => p.Text()).ToList(),
            body.Descendants().Where(e => ((string?)e.Attribute("class"))?.Contains("run-in-") == true)
                .Select(e => $"{e.Attribute("class")!.Value.Split(' ').Last()}: {e.Text()}").ToList(),
            article.Descendants("p").Any(p => (string?)p.Attribute("class") == "draft-mark" && p.Text() == "草稿"));
    }
}
