namespace Blog.Core.Model;

/// <summary>An article as the JSON API lists it (contract section 3). Dates are ISO 8601 with offset.</summary>
public sealed record ArticleItem(
    string Slug, string Title, string Summary, string Date, string Updated, IReadOnlyList<Tag> Tags,
    string Author, int ReadingTimeMinutes, string Url, string? Image);

/// <summary>A tag with its number of published articles.</summary>
public sealed record TagCount(string Name, string Slug, int Count);
