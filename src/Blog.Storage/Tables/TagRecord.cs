using Azure;
using Azure.Data.Tables;

namespace Blog.Storage.Tables;

/// <summary>
/// One tag with its number of published articles (table <c>Tags</c>, partition <c>tag</c>, row =
/// tag slug). Kept by the ingest path, so <c>/api/tags</c> reads one small partition.
/// </summary>
public sealed class TagRecord : ITableEntity
{
    public const string Partition = "tag";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Name { get; set; } = "";
    public int Count { get; set; }
}
