using System.Text;
using Blog.Core.Templates;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Functions.Http;

/// <summary>HTML answers with the security headers every page gets.</summary>
public static class HtmlResponse
{
    public const string ContentType = "text/html; charset=utf-8";

    public static void AddSecurityHeaders(HttpResponse response, PageRenderer pages)
    {
        response.Headers.ContentSecurityPolicy = pages.ContentSecurityPolicy + "; frame-ancestors 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }

    public static IActionResult Page(HttpRequest request, PageRenderer pages, string html, DateTimeOffset lastModified, string cacheControl)
    {
        AddSecurityHeaders(request.HttpContext.Response, pages);
        return Conditional.Respond(request, Encoding.UTF8.GetBytes(html), ContentType, lastModified, cacheControl);
    }

    public static IActionResult Page(HttpRequest request, PageRenderer pages, CachedBody page, string cacheControl)
    {
        AddSecurityHeaders(request.HttpContext.Response, pages);
        return Conditional.Respond(request, page, ContentType, cacheControl);
    }

    /// <summary>
    /// The 404 page for browsers; <c>application/problem+json</c> for clients that do not ask
    /// for HTML, as the contract promises for unknown slugs.
    /// </summary>
    public static IActionResult NotFound(HttpRequest request, PageRenderer pages)
    {
        if (!request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
            return Problems.NotFound($"Nothing is published at {request.Path.ToString()[..Math.Min(request.Path.ToString().Length, 200)]}.");
        AddSecurityHeaders(request.HttpContext.Response, pages);
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=60";
        return new ContentResult { StatusCode = StatusCodes.Status404NotFound, ContentType = ContentType, Content = pages.RenderNotFound() };
    }
}
