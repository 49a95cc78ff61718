using Blog.Functions.Http;
using Blog.Storage.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /api/articles/{slug}</c>: the item fields plus <c>html</c> and <c>toc</c>.</summary>
public sealed class GetArticle(ArticleQueries queries)
{
    [Function(nameof(GetArticle))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Article)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        if (!Core.Text.Slug.IsValid(slug) || await queries.GetAsync(slug, cancellationToken) is not var (item, body, lastModified))
            return Problems.NotFound($"No published article has the slug '{Truncate(slug)}'.");
        var json = Json.Serialize(new
        {
            item.Slug, item.Title, item.Summary, item.Date, item.Updated, item.Tags, item.Author,
            item.ReadingTimeMinutes, item.Url, item.Image, body.Html, body.Toc,
        });
        return Conditional.Respond(request, json, Json.ContentType, lastModified, "public, max-age=300");
    }

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
