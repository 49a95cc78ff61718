using Azure.Storage.Blobs;
using Blog.Storage;

namespace Blog.LocalHost;

/// <summary>
/// The blob trigger, locally: scans each triggered container every <see cref="Interval"/> and
/// calls the function for blobs that are new or whose ETag changed, as the Functions host's
/// polling trigger does. A failing call is retried on the next scan.
/// </summary>
public sealed class BlobScanner(IServiceProvider services, BlogStorage storage, IReadOnlyList<FunctionBinding> functions, ILogger<BlobScanner> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var triggers = functions.Where(f => f.Kind == TriggerKind.Blob).ToList();
        await storage.EnsureCreatedAsync().WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var function in triggers)
            {
                try
                {
                    await ScanAsync(function, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Scan for {Function} failed; retrying in {Interval}", function.Name, Interval);
                }
            }
            await Task.Delay(Interval, stoppingToken);
        }
    }

    private async Task ScanAsync(FunctionBinding function, CancellationToken cancellationToken)
    {
        var container = storage.Blobs.GetBlobContainerClient(function.Trigger.Split('/')[0]);
        await foreach (var item in container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var key = $"{function.Name}|{item.Name}";
            var etag = item.Properties.ETag?.ToString() ?? "";
            if (_seen.TryGetValue(key, out var known) && known == etag) continue;
            await FunctionInvoker.InvokeAsync(services, function, null, container.GetBlobClient(item.Name), cancellationToken);
            _seen[key] = etag;
        }
    }
}
