using System.Diagnostics;

namespace Blog.Functions.Tests.Support;

/// <summary>
/// The offline validators of the workplace (../shared/tools/validate: Atom RELAX NG with jing,
/// JSON Feed schema with ajv, sitemaps.org XSDs with xmllint). Not part of a user's clone:
/// tests that use them skip, saying why, where they are not installed.
/// </summary>
internal static class Validators
{
    public static string? Folder =>
        new[] { Environment.GetEnvironmentVariable("BLOG_VALIDATORS"), "/work/shared/tools/validate" }
            .FirstOrDefault(d => d is not null && File.Exists(Path.Combine(d, "atomvalidate.sh"))
                && Directory.Exists(Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/root", ".cache", "validators-kit", "node_modules")));

    /// <summary>Runs one validator script; returns its output when it fails, null when valid.</summary>
    public static string? Check(string script, string content, string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"check-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(file, content);
        try
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(Folder!, script));
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : output.Result + error;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
