using System.Text;
using Blog.Core;
using Blog.Core.Model;
using Blog.Core.Templates;
using Blog.Functions.Http;
using Blog.Storage.Queries;
using Blog.Storage.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary>
/// <c>GET /</c>: the home page, newest first, with next/prev links. Any other path no route
/// claims: an alias answers 301 to its article, anything else the 404 page.
/// </summary>
public sealed class SitePages(ArticleQueries queries, ListingCursor cursors, PageRenderer pages, RedirectIndex redirects, SiteUrls urls, SiteOptions site, ResponseCache cache)
{
    [Function(nameof(SitePages))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SitePages)] HttpRequest request,
        string? path,
        CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(path))
        {
            if (path.Length <= 500 && await redirects.FindAsync("/" + path, cancellationToken) is { } slug)
                return new RedirectResult(urls.Article(slug), permanent: true);
            return HtmlResponse.NotFound(request, pages);
        }

        if (ListingRequest.Parse(request, cursors) is not { } listing)
            return Problems.BadRequest("cursor is not one this site gave out: start again from the home page.");
        var page = await cache.GetOrBuildAsync($"home|{listing.Cursor}|{string.Join(',', listing.Back)}", async () =>
        {
            var (items, lastRowKey, lastModified) = await queries.PageAsync(null, ListingRequest.PageSize, listing.After, cancellationToken);
            var next = lastRowKey is null ? null : cursors.Encode(lastRowKey);
            var html = pages.RenderListing(site.Title, site.Title, site.Description, listing.Canonical(urls.Home), items, listing.PrevUrl(urls.Home), listing.NextUrl(urls.Home, next));
            return CachedBody.Create(Encoding.UTF8.GetBytes(html), lastModified);
        });
        return HtmlResponse.Page(request, pages, page!, "public, max-age=60");
    }
}
