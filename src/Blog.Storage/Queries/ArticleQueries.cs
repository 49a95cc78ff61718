using System.Text.Json;
using Blog.Core;
using Blog.Core.Model;
using Blog.Core.Templates;
using Blog.Storage.Blobs;
using Blog.Storage.Tables;

namespace Blog.Storage.Queries;

/// <summary>What readers ask for, each answered with O(page) entity reads.</summary>
public sealed class ArticleQueries(BlogStorage storage, SiteOptions site)
{
    private readonly ListingIndex _listing = new(storage);
    private readonly ArticleTable _articles = new(storage);
    private readonly SiteBlobStore _blobs = new(storage);
    private readonly TimeZoneInfo _zone = site.FindTimeZone();

    /// <summary>
    /// A newest-first page of all published articles or of one tag. Reads one row more than
    /// the page to know whether another page follows.
    /// </summary>
    public async Task<(IReadOnlyList<ArticleItem> Items, string? LastRowKey, DateTimeOffset LastModified)> PageAsync(
        string? tagSlug, int pageSize, string? afterRowKey, CancellationToken cancellationToken = default)
    {
        var partition = tagSlug is null ? ListingRecord.AllPartition : ListingRecord.TagPartition(tagSlug);
        var rows = await _listing.PageAsync(partition, pageSize + 1, afterRowKey, cancellationToken);
        var page = rows.Take(pageSize).ToList();
        var lastModified = page.Count == 0 ? DateTimeOffset.UnixEpoch : page.Max(r => r.Timestamp ?? r.Updated);
        return (page.Select(ToItem).ToList(), rows.Count > pageSize ? page[^1].RowKey : null, lastModified);
    }

    /// <summary>A published article with its body and table of contents, or null.</summary>
    public async Task<(ArticleItem Item, RenderedBody Body, DateTimeOffset LastModified)?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (await _articles.GetAsync(slug, cancellationToken) is not { Status: nameof(ArticleStatus.Published) } row) return null;
        if (await _blobs.GetRenderedAsync(slug, cancellationToken) is not { } body) return null;
        return (ToItem(row), body, row.Timestamp ?? row.Updated);
    }

    public async Task<IReadOnlyList<TagCount>> TagsAsync(CancellationToken cancellationToken = default) =>
        (await _listing.TagsAsync(cancellationToken)).Select(t => new TagCount(t.Name, t.RowKey, t.Count)).ToList();

    private ArticleItem ToItem(ListingRecord r) =>
        new(r.Slug, r.Title, r.Summary, Iso(r.Date), Iso(r.Updated), Tags(r.TagsJson), r.Author, r.ReadingTimeMinutes, r.Url, r.Image);

    private ArticleItem ToItem(ArticleRecord r) =>
        new(r.Slug, r.Title, r.Summary, Iso(r.Date), Iso(r.Updated), r.Tags, r.Author, r.ReadingTimeMinutes, r.Url, r.Image);

    private string Iso(DateTimeOffset value) => PageRenderer.Iso(TimeZoneInfo.ConvertTime(value, _zone));

    private static List<Tag> Tags(string json) => JsonSerializer.Deserialize<List<Tag>>(json, JsonDefaults.Options) ?? [];
}
