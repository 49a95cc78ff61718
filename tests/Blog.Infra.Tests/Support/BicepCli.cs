using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Blog.Infra.Tests.Support;

internal sealed record BicepDiagnostic(string File, int Line, int Column, string Level, string Code, string Message)
{
    public override string ToString() => $"{Path.GetFileName(File)}({Line},{Column}): {Level} {Code}: {Message}";
}

internal sealed record BicepResult(string Command, int ExitCode, IReadOnlyList<BicepDiagnostic> Diagnostics, IReadOnlyList<string> OtherOutput)
{
    /// <summary>Errors and warnings, plus anything on stderr that is not a diagnostic.</summary>
    public IReadOnlyList<string> Problems =>
    [
        .. Diagnostics.Where(d => d.Level is "Error" or "Warning").Select(d => d.ToString()),
        .. OtherOutput,
    ];

    public bool IsClean => ExitCode == 0 && Problems.Count == 0;

    public string Report() => $"`bicep {Command}` exited {ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, Problems)}";
}

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (or BICEP_PATH).
/// `bicep lint` exits 0 with warnings, so the result is judged by its diagnostics, not its exit code.
/// </summary>
internal static partial class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);

    public static Task<BicepResult> Build(string file, string outFile) => Run("build", file, "--outfile", outFile);

    public static Task<BicepResult> Lint(string file) => Run("lint", file);

    private static async Task<BicepResult> Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        var diagnostics = new List<BicepDiagnostic>();
        var other = new List<string>();
        foreach (var line in ((await stdout) + "\n" + (await stderr)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = DiagnosticLine().Match(line);
            if (match.Success)
            {
                diagnostics.Add(new BicepDiagnostic(
                    match.Groups["file"].Value,
                    int.Parse(match.Groups["line"].Value),
                    int.Parse(match.Groups["column"].Value),
                    match.Groups["level"].Value,
                    match.Groups["code"].Value,
                    match.Groups["message"].Value));
            }
            else
            {
                other.Add(line);
            }
        }

        return new BicepResult(string.Join(' ', arguments), process.ExitCode, diagnostics, other);
    }

    private static string Locate()
    {
        var path = Environment.GetEnvironmentVariable("BICEP_PATH");
        if (string.IsNullOrEmpty(path))
            path = Repo.Metadata("BicepPath");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"No Bicep CLI at '{path}': restore tests/Blog.Infra.Tests (package Azure.Bicep.CommandLine.linux-x64) or set BICEP_PATH.",
                path);
        }

        // NuGet extraction does not always keep the execute bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }

        return path;
    }

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\) : (?<level>Error|Warning|Info) (?<code>[^:]+): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();
}
