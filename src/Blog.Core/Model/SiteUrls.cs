namespace Blog.Core.Model;

/// <summary>Every public URL the site builds, in one place, from <c>Site:BaseUrl</c>.</summary>
public sealed class SiteUrls(SiteOptions site)
{
    private readonly string _base = site.NormalizedBaseUrl;

    public string Home => _base + "/";
    public string Article(string slug) => $"{_base}/articles/{slug}";
    public string Tag(string tagSlug) => $"{_base}/tags/{tagSlug}";
    public string Media(string blobPath) => $"{_base}/media/{EscapePath(blobPath)}";
    public string Absolute(string rootRelative) => _base + rootRelative;
    public string RssFeed => _base + "/feed.xml";
    public string AtomFeed => _base + "/atom.xml";
    public string JsonFeed => _base + "/feed.json";

    /// <summary>Escapes each segment of a blob path, keeping the slashes.</summary>
    public static string EscapePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
