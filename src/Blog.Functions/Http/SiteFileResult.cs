using Blog.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Functions.Http;

/// <summary>Serves a generated <c>$web</c> file (feed, sitemap, robots), or a problem 404 before the first timer run.</summary>
public static class SiteFileResult
{
    public static async Task<IActionResult> ServeAsync(BlogStorage storage, string path, HttpRequest request, CancellationToken cancellationToken) =>
        await BlobResult.StreamAsync(storage.WebContainer.GetBlobClient(path), request, cancellationToken)
        ?? Problems.NotFound($"/{path} has not been generated yet: the publishing timer writes it on its next run.");
}
