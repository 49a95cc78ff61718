using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Blog.Functions.Http;

/// <summary>
/// Validators and conditional GET for responses built in code: a strong ETag from the body's
/// hash, <c>Last-Modified</c> from the data, and 304 for <c>If-None-Match</c> or
/// <c>If-Modified-Since</c> (RFC 9110: If-None-Match wins when both are sent).
/// </summary>
public static class Conditional
{
    public static string ETag(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";

    public static IActionResult Respond(HttpRequest request, byte[] body, string contentType, DateTimeOffset lastModified, string cacheControl) =>
        Respond(request, CachedBody.Create(body, lastModified), contentType, cacheControl);

    public static IActionResult Respond(HttpRequest request, CachedBody cached, string contentType, string cacheControl)
    {
        var (body, etag, lastModified) = cached;
        var headers = request.HttpContext.Response.Headers;
        headers.ETag = etag;
        headers.LastModified = lastModified.ToString("R", CultureInfo.InvariantCulture);
        headers.CacheControl = cacheControl;
        if (NotModified(request, etag, lastModified))
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        return new FileContentResult(body, contentType);
    }

    public static bool NotModified(HttpRequest request, string etag, DateTimeOffset lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
            return tags.Any(t => t.Tag == "*" || t.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));
        }
        var since = request.Headers.IfModifiedSince.ToString();
        return since.Length > 0
            && DateTimeOffset.TryParseExact(since, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            && TruncateToSeconds(lastModified) <= date;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
}
