using Blog.Core.Model;
using Blog.Core.Templates;
using Blog.Core.Text;
using Blog.Functions.Http;
using Blog.Storage.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /tags/{tag}</c>: one tag's articles, newest first; 404 for a tag with none.</summary>
public sealed class TagPage(ArticleQueries queries, ListingCursor cursors, PageRenderer pages, SiteUrls urls, Core.SiteOptions site)
{
    [Function(nameof(TagPage))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.TagPage)] HttpRequest request,
        string tag,
        CancellationToken cancellationToken)
    {
        if (!Slug.IsValid(tag)) return HtmlResponse.NotFound(request, pages);
        if (ListingRequest.Parse(request, cursors) is not { } listing)
            return Problems.BadRequest("cursor is not one this site gave out: start again from the tag's first page.");
        var (items, lastRowKey, lastModified) = await queries.PageAsync(tag, ListingRequest.PageSize, listing.After, cancellationToken);
        if (items.Count == 0) return HtmlResponse.NotFound(request, pages);

        var name = items[0].Tags.FirstOrDefault(t => t.Slug == tag)?.Name ?? tag;
        var baseUrl = urls.Tag(tag);
        var next = lastRowKey is null ? null : cursors.Encode(lastRowKey);
        var html = pages.RenderListing($"{name} – {site.Title}", name, $"Artikels over {name}", listing.Canonical(baseUrl), items, listing.PrevUrl(baseUrl), listing.NextUrl(baseUrl, next));
        return HtmlResponse.Page(request, pages, html, lastModified, "public, max-age=60");
    }
}
