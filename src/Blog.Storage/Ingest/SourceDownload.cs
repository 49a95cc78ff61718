using Azure;
using Azure.Storage.Blobs;

namespace Blog.Storage.Ingest;

/// <summary>
/// One read of a source blob. Oversize blobs are refused from the response headers, before a
/// byte of their body is read (<see cref="Content"/> is then null).
/// </summary>
internal sealed record SourceDownload(byte[]? Content, long Length, string ETag)
{
    public static async Task<SourceDownload?> ReadAsync(BlobClient source, int maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var response = await source.DownloadStreamingAsync(cancellationToken: cancellationToken);
            using var result = response.Value;
            var length = result.Details.ContentLength;
            var etag = result.Details.ETag.ToString();
            if (length > maxBytes) return new SourceDownload(null, length, etag);

            var buffer = new MemoryStream((int)length);
            await result.Content.CopyToAsync(buffer, cancellationToken);
            return new SourceDownload(buffer.ToArray(), length, etag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
