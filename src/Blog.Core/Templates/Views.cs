namespace Blog.Core.Templates;

// The objects templates see, in snake_case (site.rss_url, article.date_display).
// Everything is formatted here, so a template never needs a culture or a time zone.

public sealed record SiteView(
    string Language, string Title, string Description, string Author, string HomeUrl,
    string RssUrl, string AtomUrl, string JsonFeedUrl, string OgLocale, string Css, string Icon, string ContentSecurityPolicy);

public sealed record PageView(
    string Title, string Description, string Url, string OgType, string? Image,
    string? Published, string? Modified, IReadOnlyList<string> Tags, string? JsonLd,
    string? PrevUrl = null, string? NextUrl = null, bool NoIndex = false);

public sealed record ArticleView(
    string Title, string DateIso, string DateDisplay, bool IsUpdated, string UpdatedIso, string UpdatedDisplay,
    string Author, int ReadingTimeMinutes, IReadOnlyList<TagView> Tags, string? Image);

public sealed record TagView(string Name, string Slug, string Url);

public sealed record TocView(int Level, string Id, string Text);

public sealed record ListingView(string Heading, string Intro, IReadOnlyList<ListingItemView> Items, string? PrevUrl, string? NextUrl);

public sealed record ListingItemView(
    string Title, string Url, string Summary, string DateIso, string DateDisplay, int ReadingTimeMinutes, IReadOnlyList<TagView> Tags);
