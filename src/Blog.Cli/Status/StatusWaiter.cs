using Azure;
using Blog.Cli.Uploading;
using Blog.Storage;
using Blog.Storage.Tables;
using Spectre.Console;

namespace Blog.Cli.Status;

/// <summary>The rows that settled, by blob name, or why statuses could not be read at all.</summary>
internal sealed record Settlement(IReadOnlyDictionary<string, SourceRecord> Settled, string? Unavailable = null);

/// <summary>
/// Waits for the pipeline to settle: polls each article's status row until it describes the bytes
/// now in storage, or the timeout passes. Assets have no status row and are not waited for.
/// </summary>
internal sealed class StatusWaiter(BlogStorage storage, IAnsiConsole console, TimeProvider time)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(500);

    private readonly SourceIndex _sources = new(storage);

    public TimeSpan Interval { get; init; } = DefaultInterval;

    /// <summary>
    /// The row was written for these bytes: its hash is their SHA-256, or, for an article too large
    /// to read, <c>etag:</c> plus the blob's ETag.
    /// </summary>
    public static bool IsSettled(SubmittedFile file, SourceRecord? row) =>
        row?.ContentHash is { } hash && (hash == file.File.Sha256 || (file.ETag is not null && hash == "etag:" + file.ETag));

    /// <summary>The settled row of every article; an article missing from the answer did not settle in time.</summary>
    /// <param name="timeout">Zero reads each row once.</param>
    public async Task<Settlement> WaitAsync(IReadOnlyList<SubmittedFile> files, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pending = files.Where(f => f.File.IsArticle).ToList();
        var settled = new Dictionary<string, SourceRecord>(StringComparer.Ordinal);
        if (pending.Count == 0) return new Settlement(settled);

        var deadline = time.GetUtcNow() + timeout;
        try
        {
            await console.Status().StartAsync(Waiting(pending.Count, 0), async context =>
            {
                while (true)
                {
                    await PollOnceAsync(pending, settled, cancellationToken);
                    context.Status(Waiting(pending.Count + settled.Count, settled.Count));
                    if (pending.Count == 0 || time.GetUtcNow() >= deadline) return;
                    await Task.Delay(Interval, time, cancellationToken);
                }
            });
        }
        catch (RequestFailedException ex) when (ex.Status == 403)
        {
            // The upload went through; only the statuses are out of reach for this identity.
            return new Settlement(settled, $"cannot read table '{storage.Names.SourcesTable}' ({ex.ErrorCode}): ask for the 'Storage Table Data Reader' role");
        }
        return new Settlement(settled);
    }

    private async Task PollOnceAsync(List<SubmittedFile> pending, Dictionary<string, SourceRecord> settled, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (file, ct) =>
        {
            var row = await ReadAsync(file.File.Name, ct);
            if (IsSettled(file, row))
                lock (settled) settled[file.File.Name] = row!;
        });
        pending.RemoveAll(f => settled.ContainsKey(f.File.Name));
    }

    private static string Waiting(int total, int done) => $"Waiting for the pipeline: {done} of {total} articles processed";

    private async Task<SourceRecord?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await _sources.GetAsync(name, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // the pipeline has not created its tables yet
        }
    }
}
