namespace Blog.Core;

/// <summary>The <c>Site:*</c> settings of the contract (section 5), with their defaults.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>Absolute base of every public URL, e.g. <c>https://blog.example.be</c>.</summary>
    public string BaseUrl { get; set; } = "http://localhost:7071";
    public string Title { get; set; } = "Blog";
    public string Description { get; set; } = "";
    public string Language { get; set; } = "nl-BE";
    public string Author { get; set; } = "";
    public string TimeZone { get; set; } = "Europe/Brussels";

    /// <summary>The base URL without a trailing slash, the form every URL builder appends to.</summary>
    public string NormalizedBaseUrl => BaseUrl.TrimEnd('/');

    public TimeZoneInfo FindTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Fails fast at start-up instead of publishing pages with broken links.</summary>
    public void Validate()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException($"Site:BaseUrl must be an absolute http(s) URL, not '{BaseUrl}'.");
        try { FindTimeZone(); }
        catch (TimeZoneNotFoundException) { throw new InvalidOperationException($"Site:TimeZone '{TimeZone}' is not a known time zone (use an IANA name such as Europe/Brussels)."); }
    }
}

/// <summary>The <c>Ingest:*</c> settings.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Articles above this size are refused before they are read (default 1 MiB).</summary>
    public int MaxArticleBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Tries before a blob that fails for an unexpected reason (not an error in the article, not a
    /// storage outage) is marked <c>Failed</c> and left alone: the Functions host's own poison
    /// threshold (host.json <c>extensions.blobs.poisonBlobThreshold</c>, default 5).
    /// </summary>
    public int MaxAttempts { get; set; } = 5;
}

/// <summary>The <c>Feed:*</c> settings.</summary>
public sealed class FeedOptions
{
    public const string SectionName = "Feed";

    /// <summary>Items per feed, newest first.</summary>
    public int Items { get; set; } = 20;

    /// <summary>True: feeds carry each article's full HTML; false: summaries only.</summary>
    public bool FullContent { get; set; } = true;
}
