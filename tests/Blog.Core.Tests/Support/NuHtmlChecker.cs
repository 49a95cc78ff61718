using System.Diagnostics;
using System.Text.Json;

namespace Blog.Core.Tests.Support;

/// <summary>
/// Runs the Nu Html Checker (vnu.jar, the engine of validator.w3.org/nu) from the repo's
/// node_modules on Java. Tests using it skip, saying why, where Java or the jar is missing.
/// </summary>
internal static class NuHtmlChecker
{
    public static string? JarPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var jar = Path.Combine(dir.FullName, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
                if (File.Exists(jar)) return jar;
            }
            return null;
        }
    }

    public static bool JavaAvailable
    {
        get
        {
            try
            {
                using var java = Process.Start(new ProcessStartInfo("java", "-version") { RedirectStandardError = true, RedirectStandardOutput = true });
                java!.WaitForExit();
                return java.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }

    /// <summary>The error messages for each file (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(params string[] files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", JarPath!, "--errors-only", "--format", "json" }.Concat(files)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        using var json = JsonDocument.Parse(stderr.Result);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{Path.GetFileName(m.GetProperty("url").GetString())}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)} {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
