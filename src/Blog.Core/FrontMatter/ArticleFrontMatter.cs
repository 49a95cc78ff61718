namespace Blog.Core.FrontMatter;

/// <summary>The validated front matter of one article (contract section 1). Dates carry their offset.</summary>
public sealed record ArticleFrontMatter
{
    public required string Title { get; init; }
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? LastMod { get; init; }
    public string? Slug { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Author { get; init; }
    public bool Draft { get; init; }
    public DateTimeOffset? ExpiryDate { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Image { get; init; }
}

/// <summary>An article split into its front matter and its Markdown body.</summary>
public sealed record ArticleDocument(ArticleFrontMatter FrontMatter, string Body, int BodyFirstLine);
