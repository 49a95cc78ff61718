using Blog.Functions.Http;
using Blog.Storage.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /api/articles/{slug}</c>: the item fields plus <c>html</c> and <c>toc</c>.</summary>
public sealed class GetArticle(ArticleQueries queries, ResponseCache cache)
{
    [Function(nameof(GetArticle))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Article)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        if (!Core.Text.Slug.IsValid(slug) || await cache.GetOrBuildAsync("article|" + slug, () => BuildAsync(slug, cancellationToken)) is not { } article)
            return Problems.NotFound($"No published article has the slug '{Truncate(slug)}'.");
        return Conditional.Respond(request, article, Json.ContentType, "public, max-age=300");
    }

    private async Task<CachedBody?> BuildAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(slug, cancellationToken) is not var (item, body, lastModified)) return null;
        return CachedBody.Create(Json.Serialize(new
        {
            item.Slug, item.Title, item.Summary, item.Date, item.Updated, item.Tags, item.Author,
            item.ReadingTimeMinutes, item.Url, item.Image, body.Html, body.Toc,
        }), lastModified);
    }

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
