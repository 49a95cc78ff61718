using Blog.Storage.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary>
/// <c>GET /api/admin/status</c>: every source blob with its slug, status, reason, content hash and
/// times. Function-key protected in Azure; the Functions host does not check keys locally.
/// </summary>
public sealed class AdminStatus(SourceIndex sources)
{
    private const int PageSize = 500;

    [Function(nameof(AdminStatus))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.AdminStatus)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var items = new List<object>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var page = await sources.ListAsync(PageSize, after, cancellationToken);
            foreach (var s in page)
            {
                items.Add(new
                {
                    blob = s.BlobName, slug = s.Slug, status = s.Status, reason = s.Reason, contentHash = s.ContentHash,
                    firstSeen = s.FirstSeen, processedAt = s.ProcessedAt, date = s.Date, updated = s.Updated,
                });
                counts[s.Status] = counts.GetValueOrDefault(s.Status) + 1;
            }
            if (page.Count < PageSize) break;
            after = page[^1].BlobName;
        }
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new OkObjectResult(new { counts, items });
    }
}
