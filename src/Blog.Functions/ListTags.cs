using Blog.Functions.Http;
using Blog.Storage.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /api/tags</c>: <c>[{"name","slug","count"}]</c> of published articles, by name.</summary>
public sealed class ListTags(ArticleQueries queries)
{
    [Function(nameof(ListTags))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Tags)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var tags = (await queries.TagsAsync(cancellationToken)).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        return Conditional.Respond(request, Json.Serialize(tags), Json.ContentType, DateTimeOffset.UnixEpoch, "public, max-age=60");
    }
}
