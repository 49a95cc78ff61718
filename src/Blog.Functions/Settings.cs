namespace Blog.Functions;

/// <summary>Names of settings, trigger paths and routes: one place, used by attributes and code alike.</summary>
public static class Settings
{
    /// <summary>The storage connection: a connection string locally, <c>__accountName</c> settings in Azure.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>NCRONTAB of <see cref="PublishSite"/>, from the setting (default every 5 minutes).</summary>
    public const string PublishSchedule = "%Publish:Schedule%";

    /// <summary>Where article and asset uploads trigger <see cref="IngestArticle"/>.</summary>
    public const string ArticleBlobPath = Blog.Storage.StorageNames.ArticlesContainerName + "/{name}";
}

/// <summary>HTTP routes (host.json sets an empty route prefix, so these are the full paths).</summary>
public static class Routes
{
    public const string AdminStatus = "api/admin/status";
    public const string Articles = "api/articles";
    public const string Article = "api/articles/{slug}";
    public const string Tags = "api/tags";
    public const string ArticlePage = "articles/{slug}";
    public const string TagPage = "tags/{tag}";
    public const string RssFeed = "feed.xml";
    public const string AtomFeed = "atom.xml";
    public const string JsonFeed = "feed.json";
    public const string TagFeed = "tags/{tag}/feed.xml";
    public const string Sitemap = "sitemap.xml";
    public const string SitemapPart = "sitemap-{part:int}.xml";
    public const string Robots = "robots.txt";

    /// <summary>Catch-all: the home page at <c>/</c>, aliases (301) and the 404 page elsewhere.</summary>
    public const string SitePages = "{*path}";
}
