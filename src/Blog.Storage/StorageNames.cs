namespace Blog.Storage;

/// <summary>
/// Every container and table name, in one place. The defaults are the contract's; tests give
/// each run its own names so they never see each other's data.
/// </summary>
public sealed record StorageNames
{
    public const string ArticlesContainerName = "articles";

    /// <summary>Authors' sources: read only, never written (contract section 1).</summary>
    public string Articles { get; init; } = ArticlesContainerName;

    /// <summary>The public site (contract section 4).</summary>
    public string Web { get; init; } = "$web";

    /// <summary>Private: each article's body HTML and table of contents, for the JSON API.</summary>
    public string Rendered { get; init; } = "rendered";

    public string SourcesTable { get; init; } = "Sources";
    public string ArticlesTable { get; init; } = "Articles";
    public string ListingTable { get; init; } = "Listing";
    public string TagsTable { get; init; } = "Tags";
    public string RedirectsTable { get; init; } = "Redirects";

    public static StorageNames WithSuffix(string suffix) => new()
    {
        Articles = $"articles-{suffix}",
        Web = $"web-{suffix}",
        Rendered = $"rendered-{suffix}",
        SourcesTable = $"Sources{suffix}",
        ArticlesTable = $"Articles{suffix}",
        ListingTable = $"Listing{suffix}",
        TagsTable = $"Tags{suffix}",
        RedirectsTable = $"Redirects{suffix}",
    };
}
