namespace Blog.Testing;

/// <summary>
/// The local host (src/Blog.LocalHost, built next to the tests through a project reference) on a
/// free port, against the given storage. Environment variables override the repo's
/// local.settings(.sample).json, as they do under run.sh.
/// </summary>
public sealed class LocalHostProcess : IDisposable
{
    private readonly ChildProcess _process;

    private LocalHostProcess(ChildProcess process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string OutputTail => _process.OutputTail;

    public static LocalHostProcess Start(string connectionString, IDictionary<string, string>? settings = null)
    {
        var port = Ports.Free();
        var baseUrl = $"http://localhost:{port}";
        var environment = new Dictionary<string, string>
        {
            ["PORT"] = $"{port}",
            ["AzureWebJobsStorage"] = connectionString,
            ["Site__BaseUrl"] = baseUrl,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        // DOTNET_HOST_PATH: the dotnet that runs these tests (dotnet test sets it).
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        return new LocalHostProcess(ChildProcess.Start("The local host", dotnet, [RepoPaths.LocalHostDll], RepoPaths.Root, environment), baseUrl);
    }

    public void ThrowIfExited() => _process.ThrowIfExited();

    public void Dispose() => _process.Dispose();
}
