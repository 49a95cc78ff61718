using Blog.Functions.Http;
using Blog.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /feed.json</c>: JSON Feed 1.1, streamed from <c>$web</c>.</summary>
public sealed class ServeJsonFeed(BlogStorage storage)
{
    [Function(nameof(ServeJsonFeed))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.JsonFeed)] HttpRequest request,
        CancellationToken cancellationToken) =>
        SiteFileResult.ServeAsync(storage, Storage.Publishing.SiteFiles.JsonFeed, request, cancellationToken);
}
