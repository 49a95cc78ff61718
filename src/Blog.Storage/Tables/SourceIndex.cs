using Azure;
using Azure.Data.Tables;

namespace Blog.Storage.Tables;

/// <summary>The <c>Sources</c> table: one status row per source blob.</summary>
public sealed class SourceIndex(BlogStorage storage)
{
    private TableClient Table => storage.SourcesTable;

    public async Task<SourceRecord?> GetAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<SourceRecord>(SourceRecord.Partition, SourceRecord.KeyFor(blobName), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Inserts a new row, or replaces the one that was read if nobody changed it since (ETag):
    /// two deliveries of one blob cannot both save, so the later reader re-reads and decides again
    /// (409 or 412, see <see cref="Concurrency"/>). Keeps the new ETag on the record.
    /// </summary>
    public async Task SaveAsync(SourceRecord record, CancellationToken cancellationToken = default)
    {
        record.PartitionKey = SourceRecord.Partition;
        record.RowKey = SourceRecord.KeyFor(record.BlobName);
        var response = record.ETag == default
            ? await Table.AddEntityAsync(record, cancellationToken)
            : await Table.UpdateEntityAsync(record, record.ETag, TableUpdateMode.Replace, cancellationToken);
        record.ETag = response.Headers.ETag ?? default;
    }

    /// <summary>One page of statuses in blob-name order; <paramref name="after"/> is the last name of the previous page.</summary>
    public async Task<IReadOnlyList<SourceRecord>> ListAsync(int pageSize, string? after = null, CancellationToken cancellationToken = default)
    {
        var filter = after is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {SourceRecord.Partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {SourceRecord.Partition} and RowKey gt {SourceRecord.KeyFor(after)}");
        var page = new List<SourceRecord>(pageSize);
        await foreach (var record in Table.QueryAsync<SourceRecord>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken))
        {
            page.Add(record);
            if (page.Count == pageSize) break;
        }
        return page;
    }
}

/// <summary>Table storage said another writer got there first (409 or 412): re-read and decide again.</summary>
internal static class Concurrency
{
    public static bool IsConflict(RequestFailedException ex) => ex.Status is 409 or 412;
}
