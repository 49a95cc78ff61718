namespace Blog.Testing;

/// <summary>
/// A private Azurite: its own ports and data folder, so fixed container names cannot collide with
/// other tests, and so a test can stop it (an outage) and start it again on the same ports with
/// the same data, as a storage account coming back.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("blog-azurite-").FullName;
    private readonly int _blob = Ports.Free();
    private readonly int _queue = Ports.Free();
    private readonly int _table = Ports.Free();
    private ChildProcess? _process;

    private AzuriteProcess()
    {
    }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_blob}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{_queue}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_table}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync()
    {
        if (!File.Exists(RepoPaths.Azurite))
            throw new InvalidOperationException($"{RepoPaths.Azurite} is missing: run npm ci at the repo root (./test.sh does)");
        var azurite = new AzuriteProcess();
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>Starts (again) on the same ports with the same data folder and waits until it listens.</summary>
    public async Task StartAgainAsync()
    {
        // --skipApiVersionCheck: Azure.Storage.Blobs speaks a newer API version than Azurite knows.
        _process = ChildProcess.Start("Azurite", RepoPaths.Azurite,
            [
                "--silent", "--skipApiVersionCheck", "--location", _folder,
                "--blobHost", "127.0.0.1", "--blobPort", $"{_blob}",
                "--queueHost", "127.0.0.1", "--queuePort", $"{_queue}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{_table}",
            ],
            RepoPaths.Root, new Dictionary<string, string>());

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!(Ports.Listening(_blob) && Ports.Listening(_queue) && Ports.Listening(_table)))
        {
            _process.ThrowIfExited();
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Azurite did not listen on {_blob}/{_queue}/{_table} within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{_process.OutputTail}");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Stops it: connections are refused until <see cref="StartAgainAsync"/>. Azurite is asked to
    /// stop (SIGTERM) rather than killed, because a killed Azurite loses the writes it acknowledged
    /// since its last save to disk (even tables), which no real storage account does.
    /// </summary>
    public void Stop()
    {
        _process?.Terminate(TimeSpan.FromSeconds(20));
        _process?.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a file still held open: the temp folder is cleaned by the OS */ }
    }
}
