using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using Blog.Core.Model;

namespace Blog.Storage.Tables;

/// <summary>
/// The status of one source blob (table <c>Sources</c>, partition <c>source</c>, row = escaped
/// blob name): what <c>GET /api/admin/status</c> lists, one partition read per page.
/// </summary>
public sealed class SourceRecord : ITableEntity
{
    public const string Partition = "source";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string BlobName { get; set; } = "";
    public string? Slug { get; set; }
    public string Status { get; set; } = nameof(ArticleStatus.Failed);
    public string? Reason { get; set; }

    /// <summary>SHA-256 of the bytes last processed, good or bad: a redelivery of them writes nothing.</summary>
    public string? ContentHash { get; set; }

    /// <summary>SHA-256 of the version that is live (or scheduled): it stays when a new version fails.</summary>
    public string? PublishedHash { get; set; }

    /// <summary>Theme and settings the live version was rendered with.</summary>
    public string? RenderFingerprint { get; set; }

    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset ContentChangedAt { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
    public DateTimeOffset? Date { get; set; }
    public DateTimeOffset? Updated { get; set; }
    public DateTimeOffset? ExpiryDate { get; set; }

    /// <summary>Base64 MD5 of the bytes last processed: what a container listing shows, so the timer spots missed uploads without reading them.</summary>
    public string? ContentMd5 { get; set; }

    /// <summary>What the unexpected failures counted in <see cref="CrashCount"/> were about (a content hash, or the blob's ETag).</summary>
    public string? CrashKey { get; set; }

    /// <summary>Unexpected failures in a row for <see cref="CrashKey"/>: at the limit the blob is Failed and left alone (poison).</summary>
    public int CrashCount { get; set; }

    [IgnoreDataMember]
    public ArticleStatus StatusValue => Enum.Parse<ArticleStatus>(Status);

    public static string KeyFor(string blobName) => TableKeys.Escape(blobName);
}
