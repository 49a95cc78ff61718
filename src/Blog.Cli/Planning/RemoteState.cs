using System.Collections.Concurrent;
using Azure;
using Blog.Cli.Local;
using Blog.Storage;
using Blog.Storage.Tables;

namespace Blog.Cli.Planning;

/// <summary>Reads what storage holds for each local file: one blob property read, and one status row read per article.</summary>
internal static class RemoteState
{
    public const string HashMetadataKey = "sha256";

    public static async Task<IReadOnlyDictionary<string, RemoteFile>> ReadAsync(BlogStorage storage, IReadOnlyList<LocalFile> files, CancellationToken cancellationToken)
    {
        var sources = new SourceIndex(storage);
        var result = new ConcurrentDictionary<string, RemoteFile>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (file, ct) =>
        {
            var blob = ReadBlobAsync(storage, file.Name, ct);
            var row = file.IsArticle ? ReadRowAsync(sources, file.Name, ct) : Task.FromResult<SourceRecord?>(null);
            var remote = await blob;
            var source = await row;
            result[file.Name] = remote with { ProcessedHash = source?.ContentHash, Status = source?.Status };
        });
        return result;
    }

    private static async Task<RemoteFile> ReadBlobAsync(BlogStorage storage, string name, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await storage.ArticlesContainer.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return new RemoteFile(true,
                properties.Metadata.TryGetValue(HashMetadataKey, out var sha256) ? sha256 : null,
                properties.ContentHash is { Length: > 0 } md5 ? Convert.ToBase64String(md5) : null,
                properties.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return RemoteFile.Missing;
        }
    }

    private static async Task<SourceRecord?> ReadRowAsync(SourceIndex sources, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await sources.GetAsync(name, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 403)
        {
            // 404: no Sources table yet, nothing was processed on this account. 403: this identity
            // may upload but not read statuses; the blob's own hashes still decide what is unchanged.
            return null;
        }
    }
}
