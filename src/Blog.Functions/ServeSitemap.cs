using Blog.Functions.Http;
using Blog.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /sitemap.xml</c>: the sitemap, or its index past 50,000 URLs, streamed from <c>$web</c>.</summary>
public sealed class ServeSitemap(BlogStorage storage)
{
    [Function(nameof(ServeSitemap))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Sitemap)] HttpRequest request,
        CancellationToken cancellationToken) =>
        SiteFileResult.ServeAsync(storage, Storage.Publishing.SiteFiles.Sitemap, request, cancellationToken);
}
