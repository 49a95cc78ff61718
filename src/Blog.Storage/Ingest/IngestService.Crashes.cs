using System.Runtime.ExceptionServices;
using Azure;
using Azure.Storage.Blobs;
using Blog.Core.Model;
using Blog.Storage.Faults;
using Blog.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Blog.Storage.Ingest;

/// <summary>
/// Poison blobs: a blob that fails for an unexpected reason (a bug, storage refusing it for good)
/// is retried by the host, and the tries are counted on its status row. At
/// <see cref="Core.IngestOptions.MaxAttempts"/> it becomes <c>Failed</c> with the error as its
/// reason and the call returns normally, so neither the trigger nor the timer's reconcile keeps
/// trying the same bytes. Outages are not counted: they say nothing about the blob.
/// </summary>
public sealed partial class IngestService
{
    private const int MaxReasonLength = 400;

    private static bool IsPoisonCandidate(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        && !(exception is RequestFailedException failed && Concurrency.IsConflict(failed))
        && !StorageFaults.IsTransient(exception);

    private async Task<IngestResult> CountCrashAsync(BlobClient source, IngestAttempt progress, Exception crash, CancellationToken cancellationToken)
    {
        if (progress.Key is null && !await TryIdentifyAsync(source, progress, cancellationToken))
            ExceptionDispatchInfo.Throw(crash);

        var now = time.GetUtcNow();
        var record = await _sources.GetAsync(source.Name, cancellationToken)
            ?? new SourceRecord { BlobName = source.Name, FirstSeen = now, ContentChangedAt = now };
        if (record.CrashKey == progress.Key && record.CrashCount >= options.MaxAttempts && record.Status == nameof(ArticleStatus.Failed))
        {
            // A redelivery of bytes already given up on: nothing to write, nothing to retry.
            logger.LogInformation("Ingest of {Blob} skipped: it already failed {Count} times with these bytes", source.Name, record.CrashCount);
            return new IngestResult(source.Name, IngestOutcome.Unchanged, ArticleStatus.Failed, record.Slug, record.Reason);
        }
        record.CrashCount = record.CrashKey == progress.Key ? record.CrashCount + 1 : 1;
        record.CrashKey = progress.Key;
        if (record.CrashCount < options.MaxAttempts)
        {
            logger.LogError(crash, "Ingest of {Blob} failed unexpectedly (try {Count} of {Max}); it will be retried", source.Name, record.CrashCount, options.MaxAttempts);
            await _sources.SaveAsync(record, cancellationToken);
            ExceptionDispatchInfo.Throw(crash);
        }

        // Given up: these bytes count as processed, so a redelivery or the reconcile leaves them alone.
        record.ContentHash = progress.Key;
        record.ContentMd5 = progress.ContentMd5;
        record.RenderFingerprint = compiler.RenderFingerprint;
        record.ProcessedAt = now;
        logger.LogError(crash, "Ingest of {Blob} failed {Count} times; marked Failed and left alone", source.Name, record.CrashCount);
        return await FailAsync(record, PoisonReason(record.CrashCount, crash), cancellationToken);
    }

    /// <summary>The blob could not even be read: its ETag and MD5 stand in for the content hash.</summary>
    private static async Task<bool> TryIdentifyAsync(BlobClient source, IngestAttempt progress, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await source.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            progress.Key = "etag:" + properties.ETag;
            progress.ContentMd5 = properties.ContentHash is { Length: > 0 } md5 ? Convert.ToBase64String(md5) : null;
            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }

    private static string PoisonReason(int tries, Exception crash)
    {
        // Storage errors carry headers on later lines: the first line says what happened.
        var message = crash.Message.Split('\n', 2)[0].Trim();
        var reason = $"could not be processed after {tries} tries ({crash.GetType().Name}: {message}). " +
            "Nothing in the article was found wrong; the last good version stays online. Upload the file again to retry, and report the error if it persists.";
        return reason.Length <= MaxReasonLength ? reason : reason[..(MaxReasonLength - 1)] + "…";
    }
}
