using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Blog.Core;
using Blog.Core.Compilation;
using Blog.Core.Model;
using Blog.Core.Rendering;
using Blog.Core.Text;
using Blog.Storage.Blobs;
using Blog.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Blog.Storage.Ingest;

/// <summary>
/// From one source blob to its published state, safe under at-least-once delivery:
/// the same bytes twice write nothing; a slug belongs to the blob that claimed it first;
/// a broken new version is <c>Failed</c> while the last good page stays online.
/// Writes go page → article row (ETag) → listings → status row, so a crash part-way is
/// finished by the next delivery, which sees the status row's old hash and redoes the work.
/// </summary>
public sealed partial class IngestService(
    BlogStorage storage,
    ArticleCompiler compiler,
    IngestOptions options,
    TimeProvider time,
    ILogger<IngestService> logger)
{
    private const int MaxConcurrencyRetries = 10;

    private readonly SourceIndex _sources = new(storage);
    private readonly ArticleTable _articles = new(storage);
    private readonly ListingIndex _listing = new(storage);
    private readonly RedirectIndex _redirects = new(storage);
    private readonly SiteBlobStore _site = new(storage);

    /// <param name="source">The blob in the <c>articles</c> container.</param>
    /// <param name="force">Process even unchanged bytes (the timer's scheduled publishing).</param>
    public async Task<IngestResult> IngestAsync(BlobClient source, bool force = false, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync().WaitAsync(cancellationToken);
        if (!UrlPolicy.IsArticleFile(source.Name))
        {
            var copied = await _site.PublishAssetAsync(source, cancellationToken);
            logger.LogInformation("Asset {Blob}: {Action}", source.Name, copied ? "published to media" : "unchanged");
            return new IngestResult(source.Name, IngestOutcome.Asset);
        }

        for (var attempt = 1; ; attempt++)
        {
            var progress = new IngestAttempt();
            try
            {
                return await IngestArticleAsync(source, force, progress, cancellationToken);
            }
            catch (RequestFailedException ex) when (Concurrency.IsConflict(ex) && attempt < MaxConcurrencyRetries)
            {
                // Another delivery changed the same rows meanwhile: re-read everything and decide again.
                // If this try already wrote its page, the next must write again even for bytes the
                // status row calls unchanged, or the page could keep this try's older version.
                force |= progress.Wrote;
                logger.LogInformation("Concurrent change while ingesting {Blob} (HTTP {Status}); retry {Attempt}", source.Name, ex.Status, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100) * attempt), cancellationToken);
            }
            catch (Exception ex) when (IsPoisonCandidate(ex, cancellationToken))
            {
                return await CountCrashAsync(source, progress, ex, cancellationToken);
            }
        }
    }

    private async Task<IngestResult> IngestArticleAsync(BlobClient source, bool force, IngestAttempt progress, CancellationToken cancellationToken)
    {
        var name = source.Name;
        // The status row is read before the blob: if another delivery saves a newer version after
        // this read, this one's save fails on the ETag and it starts again with the newest bytes.
        var previous = await _sources.GetAsync(name, cancellationToken);
        var download = await SourceDownload.ReadAsync(source, options.MaxArticleBytes, cancellationToken);
        if (download is null)
        {
            logger.LogInformation("Article {Blob} is gone; the next reconcile marks it Removed", name);
            return new IngestResult(name, IngestOutcome.Missing);
        }

        var hash = download.Content is null ? "etag:" + download.ETag : Convert.ToHexStringLower(SHA256.HashData(download.Content));
        progress.Key = hash;
        if (!force && previous is not null && previous.ContentHash == hash && previous.RenderFingerprint == compiler.RenderFingerprint
            && previous.Status != nameof(ArticleStatus.Removed))
        {
            logger.LogInformation("Article {Blob} is unchanged ({Status}); nothing written", name, previous.Status);
            return new IngestResult(name, IngestOutcome.Unchanged, previous.StatusValue, previous.Slug, previous.Reason);
        }

        var now = time.GetUtcNow();
        var record = previous ?? new SourceRecord { BlobName = name, FirstSeen = now, ContentChangedAt = now };
        if (previous is not null && previous.ContentHash != hash) record.ContentChangedAt = now;
        record.ContentHash = hash;
#pragma warning disable CA5351 // MD5 only matches the Content-MD5 a container listing reports; SHA-256 is the identity.
        record.ContentMd5 = download.Content is null ? null : Convert.ToBase64String(MD5.HashData(download.Content));
#pragma warning restore CA5351
        progress.ContentMd5 = record.ContentMd5;
        record.RenderFingerprint = compiler.RenderFingerprint;
        record.ProcessedAt = now;

        CompiledArticle compiled;
        try
        {
            if (download.Content is null)
                throw new ArticleException(SourceDecoder.TooLarge(download.Length, options.MaxArticleBytes));
            var parsed = compiler.Parse(name, download.Content);
            var linked = await ResolveLinkedSlugsAsync(parsed.ReferencedArticles, cancellationToken);
            compiled = compiler.Render(parsed, record.FirstSeen, record.ContentChangedAt, linked);
        }
        catch (ArticleException ex)
        {
            return await FailAsync(record, ex.Message, cancellationToken);
        }

        var article = compiled.Article;
        var claim = await _articles.ClaimAsync(article.Slug, name, cancellationToken);
        if (claim.Owner != name && claim.Status == nameof(ArticleStatus.Removed))
        {
            // The slug's owner was deleted: the URL answered 410 until now; it is free again.
            claim.Owner = name;
        }
        if (claim.Owner != name)
            return await FailAsync(record,
                $"slug '{article.Slug}' is already used by '{claim.Owner}', which had it first: give '{name}' another slug (front matter 'slug: ...')",
                cancellationToken);

        if (record.Slug is { } oldSlug && oldSlug != article.Slug)
            await ReleaseSlugAsync(oldSlug, name, cancellationToken);

        var status = article.StatusAt(now);
        var before = claim.Status == nameof(ArticleStatus.Published) ? claim.Copy() : null;
        progress.Wrote = true;
        if (status == ArticleStatus.Published)
        {
            await _site.PutArticlePageAsync(article.Slug, compiled.PageHtml, cancellationToken);
            await _site.PutRenderedAsync(article.Slug, compiled.BodyHtml, compiled.Toc, cancellationToken);
        }
        else if (before is not null)
        {
            await _site.DeleteArticleAsync(article.Slug, cancellationToken);
        }

        claim.SetFrom(article, status, hash);
        await _articles.UpdateAsync(claim, cancellationToken);
        await SyncProjectionsAsync(before, status == ArticleStatus.Published ? claim : null, cancellationToken);

        record.Slug = article.Slug;
        record.Status = status.ToString();
        record.Reason = null;
        record.CrashKey = null;
        record.CrashCount = 0;
        record.PublishedHash = hash;
        record.Date = article.Date;
        record.Updated = article.Updated;
        record.ExpiryDate = article.ExpiryDate;
        await _sources.SaveAsync(record, cancellationToken);
        logger.LogInformation("Rendered {Blob} as {Slug}: {Status}", name, article.Slug, status);
        return new IngestResult(name, IngestOutcome.Processed, status, article.Slug);
    }

    /// <summary>
    /// The source blob was deleted: its article leaves the site (page, listings, aliases) and its
    /// slug row stays as a tombstone so the URL answers 410 Gone, until another blob takes it.
    /// </summary>
    public async Task RemoveAsync(string blobName, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync().WaitAsync(cancellationToken);
        if (await _sources.GetAsync(blobName, cancellationToken) is not { } record || record.Status == nameof(ArticleStatus.Removed)) return;
        if (record.Slug is { } slug && await _articles.GetAsync(slug, cancellationToken) is { } row && row.Owner == blobName)
        {
            var wasPublished = row.Status == nameof(ArticleStatus.Published) ? row.Copy() : null;
            await _site.DeleteArticleAsync(slug, cancellationToken);
            row.Status = nameof(ArticleStatus.Removed);
            await _articles.UpdateAsync(row, cancellationToken);
            await SyncProjectionsAsync(wasPublished, null, cancellationToken);
        }
        record.Status = nameof(ArticleStatus.Removed);
        record.Reason = null;
        record.ProcessedAt = time.GetUtcNow();
        await _sources.SaveAsync(record, cancellationToken);
        logger.LogInformation("Removed {Blob} ({Slug}): its blob was deleted", blobName, record.Slug);
    }

    /// <summary>Listings (with tag counts) and aliases follow the article row: from what was published to what is now.</summary>
    private async Task SyncProjectionsAsync(ArticleRecord? before, ArticleRecord? after, CancellationToken cancellationToken)
    {
        await _listing.SyncAsync(before, after, cancellationToken);
        await _redirects.SyncAsync(before, after, cancellationToken);
    }

    /// <summary>Records the reason; the live version, if any, is left exactly as it was.</summary>
    private async Task<IngestResult> FailAsync(SourceRecord record, string reason, CancellationToken cancellationToken)
    {
        record.Status = nameof(ArticleStatus.Failed);
        record.Reason = reason;
        await _sources.SaveAsync(record, cancellationToken);
        logger.LogWarning("Article {Blob} failed: {Reason}", record.BlobName, reason);
        return new IngestResult(record.BlobName, IngestOutcome.Processed, ArticleStatus.Failed, record.Slug, reason);
    }

    /// <summary>A blob that moved to a new slug frees its old one: page, listings and row go.</summary>
    private async Task ReleaseSlugAsync(string slug, string owner, CancellationToken cancellationToken)
    {
        if (await _articles.GetAsync(slug, cancellationToken) is not { } row || row.Owner != owner) return;
        await _site.DeleteArticleAsync(slug, cancellationToken);
        var wasPublished = row.Status == nameof(ArticleStatus.Published) ? row : null;
        await SyncProjectionsAsync(wasPublished, null, cancellationToken);
        await _articles.DeleteAsync(row, cancellationToken);
        logger.LogInformation("Released slug {Slug} of {Blob}", slug, owner);
    }

    private async Task<Dictionary<string, string>> ResolveLinkedSlugsAsync(IReadOnlyList<string> blobs, CancellationToken cancellationToken)
    {
        var slugs = new Dictionary<string, string>();
        foreach (var blob in blobs)
        {
            if (await _sources.GetAsync(blob, cancellationToken) is { Slug: { } slug } linked && linked.Status != nameof(ArticleStatus.Removed))
                slugs[blob] = slug;
        }
        return slugs;
    }
}
