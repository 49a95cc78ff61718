namespace Blog.Storage.Publishing;

/// <summary>The generated files of <c>$web</c> (contract section 4), with their headers.</summary>
public static class SiteFiles
{
    public const string Rss = "feed.xml";
    public const string Atom = "atom.xml";
    public const string JsonFeed = "feed.json";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string NotFound = "404.html";

    public static string TagFeed(string tagSlug) => $"tags/{tagSlug}/feed.xml";

    public const string RssType = "application/rss+xml; charset=utf-8";
    public const string AtomType = "application/atom+xml; charset=utf-8";
    public const string JsonFeedType = "application/feed+json; charset=utf-8";
    public const string XmlType = "application/xml; charset=utf-8";
    public const string TextType = "text/plain; charset=utf-8";
    public const string HtmlType = "text/html; charset=utf-8";

    public const string FeedCache = "public, max-age=300";
    public const string SitemapCache = "public, max-age=3600";
    public const string RobotsCache = "public, max-age=86400";
}
