using Blog.Core.Text;
using Blog.Functions.Http;
using Blog.Storage;
using Blog.Storage.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /tags/{tag}/feed.xml</c>: the RSS 2.0 feed of one tag, streamed from <c>$web</c>.</summary>
public sealed class ServeTagFeed(BlogStorage storage)
{
    [Function(nameof(ServeTagFeed))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.TagFeed)] HttpRequest request,
        string tag,
        CancellationToken cancellationToken) =>
        Slug.IsValid(tag)
            ? await SiteFileResult.ServeAsync(storage, SiteFiles.TagFeed(tag), request, cancellationToken)
            : Problems.NotFound("No tag has that name.");
}
