using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Functions.Http;

/// <summary>
/// Serves a <c>$web</c> blob as it is stored: streamed, never loaded whole, with the blob's own
/// ETag, Last-Modified, content type and Cache-Control. Conditional requests are passed to
/// storage, which answers 304 without sending the body.
/// </summary>
public static class BlobResult
{
    /// <returns>The response, or null when the blob does not exist.</returns>
    public static async Task<IActionResult?> StreamAsync(BlobClient blob, HttpRequest request, CancellationToken cancellationToken)
    {
        var conditions = new BlobRequestConditions();
        if (request.Headers.IfNoneMatch.Count == 1 && request.Headers.IfNoneMatch.ToString() is { Length: > 2 } match && match.StartsWith('"'))
            conditions.IfNoneMatch = new ETag(match);
        else if (request.Headers.IfNoneMatch.Count == 0
            && DateTimeOffset.TryParseExact(request.Headers.IfModifiedSince.ToString(), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
            conditions.IfModifiedSince = since;

        var headers = request.HttpContext.Response.Headers;
        try
        {
            var response = await blob.DownloadStreamingAsync(new BlobDownloadOptions { Conditions = conditions }, cancellationToken);
            var raw = response.GetRawResponse();
            if (raw.Status == StatusCodes.Status304NotModified)
            {
                // Storage sent no body; the SDK has no Value to give.
                if (raw.Headers.ETag is { } notModifiedETag) headers.ETag = notModifiedETag.ToString("H");
                return new StatusCodeResult(StatusCodes.Status304NotModified);
            }
            var details = response.Value.Details;
            headers.ETag = details.ETag.ToString("H");
            headers.LastModified = details.LastModified.ToString("R", CultureInfo.InvariantCulture);
            headers.CacheControl = details.CacheControl ?? "public, max-age=300";
            if (details.ContentDisposition is { Length: > 0 } disposition) headers.ContentDisposition = disposition;
            return new FileStreamResult(response.Value.Content, details.ContentType ?? "application/octet-stream");
        }
        catch (RequestFailedException ex) when (ex.Status == 304)
        {
            if (ex.GetRawResponse()?.Headers.ETag is { } etag) headers.ETag = etag.ToString("H");
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
