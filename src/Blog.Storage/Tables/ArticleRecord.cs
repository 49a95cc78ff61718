using System.Runtime.Serialization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Blog.Core.Model;

namespace Blog.Storage.Tables;

/// <summary>
/// One article by slug (table <c>Articles</c>, partition = slug, row <c>article</c>): the slug's
/// owner and the live metadata. Point reads serve <c>/api/articles/{slug}</c>; inserting the row
/// is how a blob claims a slug, and its ETag makes every later change optimistic.
/// </summary>
public sealed class ArticleRecord : ITableEntity
{
    public const string Row = "article";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The source blob that owns the slug.</summary>
    public string Owner { get; set; } = "";
    public string Status { get; set; } = "";
    public string? ContentHash { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public DateTimeOffset Date { get; set; }
    public DateTimeOffset Updated { get; set; }
    public string TagsJson { get; set; } = "[]";
    public string Author { get; set; } = "";
    public int ReadingTimeMinutes { get; set; }
    public string Url { get; set; } = "";
    public string? Image { get; set; }
    public bool Draft { get; set; }
    public DateTimeOffset? ExpiryDate { get; set; }
    public string AliasesJson { get; set; } = "[]";

    [IgnoreDataMember]
    public string Slug => PartitionKey;
    [IgnoreDataMember]
    public ArticleStatus StatusValue => Enum.Parse<ArticleStatus>(Status);

    /// <summary>A bare claim, filled in right after (Table storage refuses dates before 1601, hence the epoch).</summary>
    public static ArticleRecord Claim(string slug, string owner) => new()
    {
        PartitionKey = slug, Owner = owner, Status = nameof(ArticleStatus.Draft), Date = DateTimeOffset.UnixEpoch, Updated = DateTimeOffset.UnixEpoch,
    };

    public void SetFrom(Article article, ArticleStatus status, string contentHash)
    {
        Owner = article.SourceBlob;
        Status = status.ToString();
        ContentHash = contentHash;
        Title = article.Title;
        Summary = article.Summary;
        Date = article.Date;
        Updated = article.Updated;
        TagsJson = JsonSerializer.Serialize(article.Tags, JsonDefaults.Options);
        Author = article.Author;
        ReadingTimeMinutes = article.ReadingTimeMinutes;
        Url = article.Url;
        Image = article.Image;
        Draft = article.Draft;
        ExpiryDate = article.ExpiryDate;
        AliasesJson = JsonSerializer.Serialize(article.Aliases, JsonDefaults.Options);
    }

    public ArticleRecord Copy() => (ArticleRecord)MemberwiseClone();

    [IgnoreDataMember]
    public IReadOnlyList<Tag> Tags => JsonSerializer.Deserialize<List<Tag>>(TagsJson, JsonDefaults.Options) ?? [];
}
