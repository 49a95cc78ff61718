using Azure.Storage.Blobs;
using Blog.Storage.Ingest;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Blog.Functions;

/// <summary>
/// Renders an uploaded article (or publishes an asset). In Azure the trigger is fed by Event Grid,
/// the only blob trigger source Flex Consumption supports; locally the local host scans the
/// container, and the timer's reconcile catches anything either one missed.
/// </summary>
public sealed class IngestArticle(IngestService ingest, ILogger<IngestArticle> logger)
{
    [Function(nameof(IngestArticle))]
    public async Task Run(
        [BlobTrigger(Settings.ArticleBlobPath, Source = BlobTriggerSource.EventGrid, Connection = Settings.StorageConnection)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        var result = await ingest.IngestAsync(blob, cancellationToken: cancellationToken);
        logger.LogInformation("Ingested {Blob}: {Outcome} {Status} {Slug}", result.BlobName, result.Outcome, result.Status, result.Slug);
    }
}
