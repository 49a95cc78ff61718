using Blog.Functions.Http;
using Blog.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /feed.xml</c>: RSS 2.0 feed of the newest articles, streamed from <c>$web</c>.</summary>
public sealed class ServeRssFeed(BlogStorage storage)
{
    [Function(nameof(ServeRssFeed))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.RssFeed)] HttpRequest request,
        CancellationToken cancellationToken) =>
        SiteFileResult.ServeAsync(storage, Storage.Publishing.SiteFiles.Rss, request, cancellationToken);
}
