using Blog.Functions.Http;
using Blog.Storage;
using Blog.Storage.Blobs;
using Blog.Storage.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary>
/// <c>GET /articles/{slug}</c>: streams the page from <c>$web</c> with its own validators;
/// an alias (<c>/articles/old-slug</c>) answers 301 to its article, a removed article 410.
/// </summary>
public sealed class ServeArticlePage(BlogStorage storage, ArticleTable articles, RedirectIndex redirects, Core.Model.SiteUrls urls, Core.Templates.PageRenderer pages)
{
    [Function(nameof(ServeArticlePage))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ArticlePage)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        if (Core.Text.Slug.IsValid(slug))
        {
            var page = storage.WebContainer.GetBlobClient(SiteBlobStore.ArticlePagePath(slug));
            if (await BlobResult.StreamAsync(page, request, cancellationToken) is { } result)
            {
                HtmlResponse.AddSecurityHeaders(request.HttpContext.Response, pages);
                return result;
            }
            if (await articles.GetAsync(slug, cancellationToken) is { Status: nameof(Core.Model.ArticleStatus.Removed) })
                return Problems.Gone($"The article '{slug}' was removed.");
        }
        if (slug.Length <= 200 && await redirects.FindAsync("/articles/" + slug, cancellationToken) is { } target)
            return new RedirectResult(urls.Article(target), permanent: true);
        return HtmlResponse.NotFound(request, pages);
    }
}
