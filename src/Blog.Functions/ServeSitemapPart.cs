using System.Globalization;
using Blog.Functions.Http;
using Blog.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /sitemap-{n}.xml</c>: a part of the sitemap index (sites past 50,000 URLs).</summary>
public sealed class ServeSitemapPart(BlogStorage storage)
{
    [Function(nameof(ServeSitemapPart))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SitemapPart)] HttpRequest request,
        string part,
        CancellationToken cancellationToken) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 10_000
            ? await SiteFileResult.ServeAsync(storage, $"sitemap-{n}.xml", request, cancellationToken)
            : Problems.NotFound("No such sitemap part.");
}
