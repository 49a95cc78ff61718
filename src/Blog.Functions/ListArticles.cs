using Blog.Core.Model;
using Blog.Core.Text;
using Blog.Functions.Http;
using Blog.Storage.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /api/articles?tag=&amp;pageSize=&amp;cursor=</c>: published articles, newest first.</summary>
public sealed class ListArticles(ArticleQueries queries, ListingCursor cursors, ResponseCache cache)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    [Function(nameof(ListArticles))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Articles)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var query = request.Query;
        var pageSize = DefaultPageSize;
        if (query.TryGetValue("pageSize", out var size) && (!int.TryParse(size, out pageSize) || pageSize is < 1 or > MaxPageSize))
            return Problems.BadRequest($"pageSize must be a whole number from 1 to {MaxPageSize}.");
        string? after = null;
        if (query.TryGetValue("cursor", out var cursor) && !cursors.TryDecode(cursor, out after!))
            return Problems.BadRequest("cursor is not one this API gave out: start again without it.");
        string? tag = null;
        if (query.TryGetValue("tag", out var tagValue) && tagValue.ToString().Length > 0)
        {
            tag = tagValue.ToString();
            if (!Slug.IsValid(tag)) return Problems.BadRequest("tag must be a tag's URL form, such as interim-management.");
        }

        var page = await cache.GetOrBuildAsync($"list|{tag}|{pageSize}|{after}", async () =>
        {
            var (items, lastRowKey, lastModified) = await queries.PageAsync(tag, pageSize, after, cancellationToken);
            return CachedBody.Create(Json.Serialize(new { items, nextCursor = lastRowKey is null ? null : cursors.Encode(lastRowKey) }), lastModified);
        });
        return Conditional.Respond(request, page!, Json.ContentType, "public, max-age=60");
    }
}
