using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Blog.Core.Model;
using Blog.Core.Text;

namespace Blog.Storage.Blobs;

/// <summary>What the pipeline writes to blobs: pages and media in <c>$web</c>, bodies in <c>rendered</c>.</summary>
public sealed class SiteBlobStore(BlogStorage storage)
{
    private const string SourceETagKey = "sourceetag";

    public static string ArticlePagePath(string slug) => $"articles/{slug}/index.html";
    public static string MediaPath(string blobName) => $"media/{blobName}";
    public static string RenderedPath(string slug) => $"{slug}.json";

    public Task PutArticlePageAsync(string slug, string html, CancellationToken cancellationToken = default) =>
        PutTextAsync(storage.WebContainer.GetBlobClient(ArticlePagePath(slug)), html, "text/html; charset=utf-8", CacheControl.Page, cancellationToken);

    public Task PutRenderedAsync(string slug, string bodyHtml, IReadOnlyList<TocEntry> toc, CancellationToken cancellationToken = default) =>
        PutTextAsync(storage.RenderedContainer.GetBlobClient(RenderedPath(slug)),
            JsonSerializer.Serialize(new RenderedBody(bodyHtml, toc), JsonDefaults.Options), "application/json; charset=utf-8", "no-cache", cancellationToken);

    public async Task<RenderedBody?> GetRenderedAsync(string slug, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await storage.RenderedContainer.GetBlobClient(RenderedPath(slug)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<RenderedBody>(JsonDefaults.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Takes an article offline: its page and its stored body.</summary>
    public async Task DeleteArticleAsync(string slug, CancellationToken cancellationToken = default)
    {
        await storage.WebContainer.GetBlobClient(ArticlePagePath(slug)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        await storage.RenderedContainer.GetBlobClient(RenderedPath(slug)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Publishes an asset unchanged to <c>$web/media/{name}</c>, streamed. The source ETag is kept
    /// on the copy, so a redelivered event for the same version writes nothing.
    /// </summary>
    public async Task<bool> PublishAssetAsync(BlobClient source, CancellationToken cancellationToken = default)
    {
        var target = storage.WebContainer.GetBlobClient(MediaPath(source.Name));
        BlobDownloadStreamingResult download;
        try
        {
            download = (await source.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
        using (download)
        {
            var sourceETag = download.Details.ETag.ToString();
            try
            {
                var existing = await target.GetPropertiesAsync(cancellationToken: cancellationToken);
                if (existing.Value.Metadata.TryGetValue(SourceETagKey, out var copied) && copied == sourceETag)
                    return false;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
            }

            var (contentType, attachment) = MediaTypes.For(source.Name);
            await target.UploadAsync(download.Content, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders
                {
                    ContentType = contentType,
                    CacheControl = CacheControl.Media,
                    ContentDisposition = attachment ? "attachment" : null,
                },
                Metadata = new Dictionary<string, string> { [SourceETagKey] = sourceETag },
            }, cancellationToken);
            return true;
        }
    }

    private static async Task PutTextAsync(BlobClient blob, string text, string contentType, string cacheControl, CancellationToken cancellationToken)
    {
        await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(text)), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType, CacheControl = cacheControl },
        }, cancellationToken);
    }
}

/// <summary>The body and table of contents of an article, as <c>/api/articles/{slug}</c> serves them.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<TocEntry> Toc);
