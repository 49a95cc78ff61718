using Blog.Functions.Http;
using Blog.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary><c>GET /atom.xml</c>: Atom 1.0 feed, streamed from <c>$web</c>.</summary>
public sealed class ServeAtomFeed(BlogStorage storage)
{
    [Function(nameof(ServeAtomFeed))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.AtomFeed)] HttpRequest request,
        CancellationToken cancellationToken) =>
        SiteFileResult.ServeAsync(storage, Storage.Publishing.SiteFiles.Atom, request, cancellationToken);
}
