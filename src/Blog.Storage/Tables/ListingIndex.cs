using Azure.Data.Tables;

namespace Blog.Storage.Tables;

/// <summary>
/// Keeps the <c>Listing</c> table in step with an article: rows for the listings it is in now
/// are upserted, rows it left (another date, a removed tag, unpublished) are deleted.
/// Idempotent, so a redelivered event or the timer can run it again safely.
/// </summary>
public sealed class ListingIndex(BlogStorage storage)
{
    private TableClient Table => storage.ListingTable;

    public async Task SyncAsync(ArticleRecord? before, ArticleRecord? after, CancellationToken cancellationToken = default)
    {
        var wanted = after is null ? [] : ListingRecord.For(after).ToList();
        var stale = before is null
            ? []
            : ListingRecord.For(before).Where(old => !wanted.Exists(w => w.PartitionKey == old.PartitionKey && w.RowKey == old.RowKey)).ToList();

        foreach (var row in wanted)
            await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        foreach (var row in stale)
            await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);

        var tags = (before?.Tags ?? []).Concat(after?.Tags ?? []).DistinctBy(t => t.Slug);
        foreach (var tag in tags)
            await RecountTagAsync(tag.Slug, after?.Tags.FirstOrDefault(t => t.Slug == tag.Slug)?.Name ?? tag.Name, cancellationToken);
    }

    /// <summary>
    /// Sets a tag's count to the rows in its listing partition (keys only): counted when an
    /// article joins or leaves the tag, never per request; absolute, so a repeat is harmless.
    /// </summary>
    private async Task RecountTagAsync(string tagSlug, string name, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {ListingRecord.TagPartition(tagSlug)}"), select: ["RowKey"], cancellationToken: cancellationToken))
            count++;
        var tags = storage.TagsTable;
        if (count == 0)
            await tags.DeleteEntityAsync(TagRecord.Partition, tagSlug, cancellationToken: cancellationToken);
        else
            await tags.UpsertEntityAsync(new TagRecord { RowKey = tagSlug, Name = name, Count = count }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Every tag with published articles, by slug.</summary>
    public async Task<IReadOnlyList<TagRecord>> TagsAsync(CancellationToken cancellationToken = default)
    {
        var tags = new List<TagRecord>();
        await foreach (var tag in storage.TagsTable.QueryAsync<TagRecord>(TableClient.CreateQueryFilter($"PartitionKey eq {TagRecord.Partition}"), cancellationToken: cancellationToken))
            tags.Add(tag);
        return tags;
    }

    /// <summary>One page of a listing, newest first, starting after <paramref name="afterRowKey"/>.</summary>
    public async Task<IReadOnlyList<ListingRecord>> PageAsync(string partition, int pageSize, string? afterRowKey = null, CancellationToken cancellationToken = default)
    {
        var filter = afterRowKey is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {afterRowKey}");
        var page = new List<ListingRecord>(pageSize);
        await foreach (var row in Table.QueryAsync<ListingRecord>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken))
        {
            page.Add(row);
            if (page.Count == pageSize) break;
        }
        return page;
    }
}
