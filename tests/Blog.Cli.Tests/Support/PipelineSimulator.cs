using Azure.Storage.Blobs;
using Blog.Storage.Ingest;

namespace Blog.Cli.Tests.Support;

/// <summary>
/// The blob trigger, simulated: scans the test's articles container every few milliseconds and
/// runs the real <see cref="IngestService"/> on each new or changed blob (by ETag), as the local
/// host's scanner does every 2 seconds.
/// </summary>
internal sealed class PipelineSimulator : IAsyncDisposable
{
    private readonly IngestService _ingest;
    private readonly BlobContainerClient _articles;
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public PipelineSimulator(IngestService ingest, BlobContainerClient articles)
    {
        _ingest = ingest;
        _articles = articles;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Exceptions the ingest service threw (a bug, not an author's error: those are statuses).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>How many blobs were handed to the ingest service: uploads the CLI made.</summary>
    public int Deliveries { get; private set; }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            if (await _articles.ExistsAsync(_stop.Token))
            {
                await foreach (var item in _articles.GetBlobsAsync(cancellationToken: _stop.Token))
                {
                    var etag = item.Properties.ETag?.ToString() ?? "";
                    if (_seen.TryGetValue(item.Name, out var known) && known == etag) continue;
                    try
                    {
                        await _ingest.IngestAsync(_articles.GetBlobClient(item.Name), cancellationToken: _stop.Token);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // The CLI would only see "still processing": keep the cause for the test's message.
                        Errors.Add($"{item.Name}: {ex}");
                    }
                    _seen[item.Name] = etag;
                    Deliveries++;
                }
            }
            await Task.Delay(50, _stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _loop; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
