using Azure;
using Azure.Data.Tables;

namespace Blog.Storage.Tables;

/// <summary>
/// An old URL path (front matter <c>aliases</c>) that answers 301 to an article (table
/// <c>Redirects</c>, partition <c>alias</c>, row = escaped path without trailing slash).
/// </summary>
public sealed class RedirectRecord : ITableEntity
{
    public const string Partition = "alias";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Slug { get; set; } = "";

    public static string KeyFor(string path) => TableKeys.Escape(path.TrimEnd('/'));
}
