using Azure;
using Azure.Data.Tables;

namespace Blog.Storage.Tables;

/// <summary>
/// One published article in one listing (table <c>Listing</c>): partition <c>all</c> for the
/// home page, <c>tag_{slug}</c> for each tag; row = newest-first key. A page of any listing is
/// one range read of pageSize rows, with everything a list item shows copied in.
/// </summary>
public sealed class ListingRecord : ITableEntity
{
    public const string AllPartition = "all";

    public string PartitionKey { get; set; } = AllPartition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public DateTimeOffset Date { get; set; }
    public DateTimeOffset Updated { get; set; }
    public string TagsJson { get; set; } = "[]";
    public string Author { get; set; } = "";
    public int ReadingTimeMinutes { get; set; }
    public string Url { get; set; } = "";
    public string? Image { get; set; }

    public static string TagPartition(string tagSlug) => "tag_" + tagSlug;

    /// <summary>The rows an article has in the listings: one in <c>all</c>, one per tag.</summary>
    public static IEnumerable<ListingRecord> For(ArticleRecord article)
    {
        var rowKey = TableKeys.NewestFirst(article.Date, article.Slug);
        foreach (var partition in article.Tags.Select(t => TagPartition(t.Slug)).Prepend(AllPartition))
        {
            yield return new ListingRecord
            {
                PartitionKey = partition,
                RowKey = rowKey,
                Slug = article.Slug,
                Title = article.Title,
                Summary = article.Summary,
                Date = article.Date,
                Updated = article.Updated,
                TagsJson = article.TagsJson,
                Author = article.Author,
                ReadingTimeMinutes = article.ReadingTimeMinutes,
                Url = article.Url,
                Image = article.Image,
            };
        }
    }
}
