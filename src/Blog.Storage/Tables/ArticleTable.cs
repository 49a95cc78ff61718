using Azure;
using Azure.Data.Tables;

namespace Blog.Storage.Tables;

/// <summary>The <c>Articles</c> table: slug ownership and live metadata, changed only with ETags.</summary>
public sealed class ArticleTable(BlogStorage storage)
{
    private TableClient Table => storage.ArticlesTable;

    public async Task<ArticleRecord?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<ArticleRecord>(slug, ArticleRecord.Row, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Claims <paramref name="slug"/> for <paramref name="owner"/>: the row is inserted if nobody
    /// has it, so when two blobs race, the table decides and the first insert wins. Returns the
    /// current row (with its ETag) when the owner holds the slug, or the other owner's row.
    /// </summary>
    public async Task<ArticleRecord> ClaimAsync(string slug, string owner, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await GetAsync(slug, cancellationToken) is { } existing)
                return existing;
            var claim = ArticleRecord.Claim(slug, owner);
            try
            {
                var response = await Table.AddEntityAsync(claim, cancellationToken);
                claim.ETag = response.Headers.ETag ?? default;
                return claim;
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && attempt < 3)
            {
                // Someone inserted it between our read and our insert: read theirs.
            }
        }
    }

    /// <summary>Replaces the row if nobody changed it since it was read; throws 412 otherwise.</summary>
    public async Task UpdateAsync(ArticleRecord record, CancellationToken cancellationToken = default)
    {
        var response = await Table.UpdateEntityAsync(record, record.ETag, TableUpdateMode.Replace, cancellationToken);
        record.ETag = response.Headers.ETag ?? default;
    }

    public Task DeleteAsync(ArticleRecord record, CancellationToken cancellationToken = default) =>
        Table.DeleteEntityAsync(record.PartitionKey, record.RowKey, record.ETag, cancellationToken);
}
