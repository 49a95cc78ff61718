using Blog.Core.Model;

namespace Blog.Core.Syndication;

/// <summary>What every feed says about the site. <see cref="Updated"/> comes from the items, so unchanged inputs give identical bytes.</summary>
public sealed record FeedChannel(string Title, string Description, string Language, string HomeUrl, string SelfUrl, DateTimeOffset Updated, string Author);

/// <summary>One article in a feed: its list fields and, for full-text feeds, its body HTML (absolute URLs only).</summary>
public sealed record FeedEntry(ArticleItem Item, DateTimeOffset Date, DateTimeOffset Updated, string? ContentHtml);

/// <summary>The generator named in feeds.</summary>
public static class Generator
{
    public const string Name = "Blog pipeline on Azure Functions";
}
