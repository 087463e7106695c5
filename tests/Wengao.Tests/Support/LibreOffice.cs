using System.Security.Cryptography;

namespace Wengao.Tests.Support;

/// <summary>
/// LibreOffice Writer, headless: renders a .docx to PDF, the independent renderer the .docx's GB/T 9704 layout is measured
/// on. One private profile for this test process (two soffice processes cannot share one, and the user's own must not be
/// touched), one conversion at a time, each PDF made once per content of the .docx. The fonts are
/// tests/fixtures/libreoffice/fonts.conf's: the Windows names of the .docx set in the Debian faces the build uses.
/// </summary>
public static class LibreOffice
{
    /// <summary>A first conversion also creates the profile; a long document takes some seconds more. A hang fails the test.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    public static string FontConfig => Path.Combine(Repo.Fixtures, "libreoffice", "fonts.conf");

    private static readonly Lock Serial = new();
    private static readonly Dictionary<string, string> Rendered = [];
    private static readonly Lazy<string> Scratch = new(() =>
    {
        var path = Directory.CreateTempSubdirectory("wengao-soffice-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(path, recursive: true); } catch (IOException) { } };
        return path;
    });

    /// <summary>The PDF LibreOffice makes of the .docx at <paramref name="docxPath"/>: a file of this run's cache, to read, not to change.</summary>
    public static string ToPdf(string docxPath)
    {
        var bytes = File.ReadAllBytes(docxPath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        lock (Serial)
        {
            if (Rendered.TryGetValue(hash, out var done)) return done;
            var (input, output) = (Path.Combine(Scratch.Value, "in"), Path.Combine(Scratch.Value, "pdf"));
            Directory.CreateDirectory(input);
            var docx = Path.Combine(input, hash + ".docx"); // named by its content: two .docx of one name do not meet
            File.WriteAllBytes(docx, bytes);
            var (exit, stdout, stderr) = ChildProcess.Run(Executable(),
                ["-env:UserInstallation=" + new Uri(Path.Combine(Scratch.Value, "profile")).AbsoluteUri,
                 "--headless", "--norestore", "--nologo", "--nolockcheck", "--convert-to", "pdf", "--outdir", output, docx],
                Scratch.Value, new Dictionary<string, string> { ["FONTCONFIG_FILE"] = FontConfig }, Deadline);
            var pdf = Path.Combine(output, hash + ".pdf");
            // soffice exits 0 also when it could not read the file: only the PDF says it converted.
            if (exit != 0 || !File.Exists(pdf))
                throw new InvalidOperationException($"soffice did not convert {docxPath} (exit code {exit}):\n{stdout}{stderr}");
            Rendered[hash] = pdf;
            return pdf;
        }
    }

    private static string Executable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "soffice")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            "soffice is not on PATH: the .docx tests need LibreOffice Writer (`apt-get install libreoffice-writer-nogui`; `dotnet cake --target=Test` installs it)");
}
