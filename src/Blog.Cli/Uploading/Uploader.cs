using Azure.Storage.Blobs.Models;
using Blog.Cli.Planning;
using Blog.Storage;
using Spectre.Console;

namespace Blog.Cli.Uploading;

/// <summary>
/// Uploads the planned files to the articles container, a few at a time, behind one progress bar
/// counted in bytes. Each blob gets its content type, its Content-MD5 and the <c>sha256</c>
/// metadata the next run compares with.
/// </summary>
internal sealed class Uploader(BlogStorage storage, IAnsiConsole console)
{
    private const int Parallelism = 4;

    public async Task<IReadOnlyList<SubmittedFile>> UploadAsync(IReadOnlyList<PlannedFile> plan, CancellationToken cancellationToken)
    {
        var uploads = plan.Where(p => p.Upload).ToList();
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (uploads.Count > 0)
        {
            // Exists first: an identity allowed to upload may not be allowed to try creating the container.
            if (!await storage.ArticlesContainer.ExistsAsync(cancellationToken))
                await storage.ArticlesContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
                .StartAsync(async context =>
                {
                    var total = Math.Max(1, uploads.Sum(p => p.File.Length));
                    var bar = context.AddTask($"Uploading {uploads.Count} of {plan.Count} files", maxValue: total);
                    await Parallel.ForEachAsync(uploads, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (planned, ct) =>
                    {
                        var etag = await UploadOneAsync(planned, new BytesProgress(bar), ct);
                        lock (etags) etags[planned.File.Name] = etag;
                    });
                    bar.Value = total;
                });
        }
        // The one line a log keeps where the bar is not drawn (output redirected, CI).
        console.WriteLine(uploads.Count == 0
            ? $"Nothing to upload: all {plan.Count} files are unchanged."
            : $"Uploaded {uploads.Count} of {plan.Count} files ({Size(uploads.Sum(p => p.File.Length))}); {plan.Count - uploads.Count} unchanged.");
        return [.. plan.Select(p => new SubmittedFile(p.File, p.Upload, p.Upload ? etags[p.File.Name] : p.ExistingETag))];
    }

    private static string Size(long bytes) =>
        bytes < 1024 ? $"{bytes} bytes" : bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KiB" : $"{bytes / (1024.0 * 1024):0.#} MiB";

    private async Task<string> UploadOneAsync(PlannedFile planned, BytesProgress progress, CancellationToken cancellationToken)
    {
        var file = planned.File;
        await using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        var response = await storage.ArticlesContainer.GetBlobClient(file.Name).UploadAsync(stream, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType, ContentHash = Convert.FromBase64String(file.Md5) },
            Metadata = new Dictionary<string, string> { [RemoteState.HashMetadataKey] = file.Sha256 },
            ProgressHandler = progress,
        }, cancellationToken);
        progress.Complete(file.Length);
        return response.Value.ETag.ToString();
    }

    /// <summary>The SDK reports each upload's bytes so far; the bar adds up the differences.</summary>
    private sealed class BytesProgress(ProgressTask bar) : IProgress<long>
    {
        private long _reported;

        public void Report(long value)
        {
            var delta = value - Interlocked.Exchange(ref _reported, value);
            if (delta > 0) bar.Increment(delta);
        }

        public void Complete(long length) => Report(length);
    }
}
