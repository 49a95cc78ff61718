using Blog.Cli.Local;
using Blog.Cli.Planning;
using Blog.Cli.Status;
using Blog.Cli.Uploading;
using Blog.Core.Model;
using Blog.Storage;
using Spectre.Console;

namespace Blog.Cli;

/// <summary>What one upload did: a report per file, how many were uploaded, and the exit code.</summary>
internal sealed record UploadResult(IReadOnlyList<FileReport> Reports, int Uploaded, int ExitCode);

/// <summary>
/// One upload of a folder, start to end: read and hash the files, compare with storage, upload the
/// changed ones, wait for the pipeline, print the table.
/// </summary>
internal sealed class UploadRun(BlogStorage storage, IAnsiConsole console, SiteUrls urls, TimeProvider? time = null)
{
    public TimeSpan PollInterval { get; init; } = StatusWaiter.DefaultInterval;

    /// <param name="timeout">How long to wait for the pipeline; null uploads and reads each status once.</param>
    public async Task<UploadResult> RunAsync(string folder, TimeSpan? timeout, CancellationToken cancellationToken = default)
    {
        var files = await LocalFolder.ScanAsync(folder, cancellationToken);
        if (files.Count == 0)
        {
            console.WriteLine($"There are no files in '{folder}': nothing to upload.");
            return new UploadResult([], 0, ExitCodes.Success);
        }

        var remote = await RemoteState.ReadAsync(storage, files, cancellationToken);
        var plan = UploadPlanner.Plan(files, remote);
        var submitted = await new Uploader(storage, console).UploadAsync(plan, cancellationToken);

        var waiter = new StatusWaiter(storage, console, time ?? TimeProvider.System) { Interval = PollInterval };
        var settlement = await waiter.WaitAsync(submitted, timeout ?? TimeSpan.Zero, cancellationToken);
        var reports = submitted
            .Select(f => FileReport.For(f, settlement.Settled.GetValueOrDefault(f.File.Name), urls, waited: timeout is not null, settlement.Unavailable))
            .ToList();

        ReportTable.Write(console, reports);
        return new UploadResult(reports, submitted.Count(f => f.Uploaded),
            reports.Any(r => r.IsProblem) ? ExitCodes.FilesNeedAttention : ExitCodes.Success);
    }
}
