using System.Text.Json;
using Azure.Data.Tables;

namespace Blog.Storage.Tables;

/// <summary>The <c>Redirects</c> table: each published article's aliases, for 301 answers.</summary>
public sealed class RedirectIndex(BlogStorage storage)
{
    private TableClient Table => storage.RedirectsTable;

    public async Task SyncAsync(ArticleRecord? before, ArticleRecord? after, CancellationToken cancellationToken = default)
    {
        var wanted = after is null ? [] : Aliases(after);
        foreach (var path in wanted)
            await Table.UpsertEntityAsync(new RedirectRecord { RowKey = RedirectRecord.KeyFor(path), Slug = after!.Slug }, TableUpdateMode.Replace, cancellationToken);
        if (before is null) return;
        foreach (var path in Aliases(before).Except(wanted))
        {
            // Only remove an alias that still points here: another article may have taken it.
            if (await FindAsync(path, cancellationToken) == before.Slug)
                await Table.DeleteEntityAsync(RedirectRecord.Partition, RedirectRecord.KeyFor(path), cancellationToken: cancellationToken);
        }
    }

    /// <summary>The slug an old path redirects to, or null.</summary>
    public async Task<string?> FindAsync(string path, CancellationToken cancellationToken = default)
    {
        var key = RedirectRecord.KeyFor(path);
        if (key.Length == 0 || key.Length > 512) return null;
        var row = await Table.GetEntityIfExistsAsync<RedirectRecord>(RedirectRecord.Partition, key, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.Slug : null;
    }

    private static List<string> Aliases(ArticleRecord article) =>
        JsonSerializer.Deserialize<List<string>>(article.AliasesJson, JsonDefaults.Options) ?? [];
}
