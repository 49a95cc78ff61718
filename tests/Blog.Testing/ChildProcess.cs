using System.Collections.Concurrent;
using System.Diagnostics;

namespace Blog.Testing;

/// <summary>
/// A process the fixture starts and must stop: its output is kept (the last lines) so a failure
/// to start can say why, and disposing kills its whole tree (Azurite runs under node).
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private const int KeptLines = 200;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildProcess(Process process) => _process = process;

    public string Name { get; private init; } = "";

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote to stdout and stderr.</summary>
    public string OutputTail => string.Join(Environment.NewLine, _output);

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) info.Environment[key] = value;

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process) { Name = name };
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        if (!process.Start()) throw new InvalidOperationException($"{name} did not start ({fileName})");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Asks it to stop (SIGTERM) and waits, so a server can flush what it acknowledged; killed
    /// after <paramref name="timeout"/>.
    /// </summary>
    public void Terminate(TimeSpan timeout)
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        if (!_process.WaitForExit(timeout)) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Throws with the process's own output when it has died, instead of a later timeout.</summary>
    public void ThrowIfExited()
    {
        if (_process.HasExited)
            throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}. Its output:{Environment.NewLine}{OutputTail}");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill: nothing left to stop.
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > KeptLines) _output.TryDequeue(out _);
    }
}
