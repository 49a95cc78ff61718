namespace Blog.Core.Model;

/// <summary>
/// The metadata of one article: what listings, feeds and the status endpoint show.
/// Times carry their offset; <see cref="Updated"/> moves on real edits only, never <see cref="Date"/>.
/// </summary>
public sealed record Article
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required DateTimeOffset Date { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
    public required string Author { get; init; }
    public int ReadingTimeMinutes { get; init; }
    public required string Url { get; init; }
    public string? Image { get; init; }
    public required string SourceBlob { get; init; }
    public bool Draft { get; init; }
    public DateTimeOffset? ExpiryDate { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What this article is at <paramref name="now"/>: drafts never show, expiry wins over the date.</summary>
    public ArticleStatus StatusAt(DateTimeOffset now) =>
        Draft ? ArticleStatus.Draft
        : ExpiryDate is { } expiry && expiry <= now ? ArticleStatus.Expired
        : Date > now ? ArticleStatus.Scheduled
        : ArticleStatus.Published;
}

/// <summary>One entry of an article's table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
