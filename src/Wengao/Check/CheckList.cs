using Wengao.Load;

namespace Wengao.Check;

/// <summary>
/// A list a rule ships (an embedded `Check/NAME.yml`) and a site extends with a file of the same name in its content
/// folder's checks/ (content/checks/NAME.yml): the shipped one is read first, then the user's, and both are reported
/// with their locations when they are malformed.
/// </summary>
internal static class CheckList
{
    /// <summary>Where a site's additions stand, relative to its content folder.</summary>
    public const string Folder = "checks/";

    /// <param name="contentDirectory">the content folder whose checks/ extends the shipped list; null for the shipped list alone</param>
    public static void Read(string name, string? contentDirectory, Action<YamlFields, ErrorList> read)
    {
        var errors = new ErrorList();
        var resource = "Wengao.Check." + name;
        using var stream = typeof(CheckList).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded");
        read(YamlDocument.Parse(new StreamReader(stream).ReadToEnd(), $"{name} (built in)", 1, errors), errors);
        if (contentDirectory is not null && Path.Combine(contentDirectory, Folder + name) is var user && File.Exists(user))
            read(YamlDocument.Parse(SourceText.Read(user), user, 1, errors), errors);
        errors.ThrowIfAny();
    }
}
