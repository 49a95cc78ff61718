using Blog.Functions.Http;
using Blog.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /robots.txt</c>: robots.txt with the sitemap's URL, streamed from <c>$web</c>.</summary>
public sealed class ServeRobots(BlogStorage storage)
{
    [Function(nameof(ServeRobots))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Robots)] HttpRequest request,
        CancellationToken cancellationToken) =>
        SiteFileResult.ServeAsync(storage, Storage.Publishing.SiteFiles.Robots, request, cancellationToken);
}
