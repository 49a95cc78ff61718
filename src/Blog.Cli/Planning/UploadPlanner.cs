using Blog.Cli.Local;
using Blog.Core.Model;

namespace Blog.Cli.Planning;

/// <summary>One file and what to do with it: upload it, or leave the identical blob alone.</summary>
internal sealed record PlannedFile(LocalFile File, bool Upload, string Why, string? ExistingETag = null);

/// <summary>
/// Decides which files to upload: only those whose bytes differ from the blob in storage.
/// Evidence about the blob's current bytes comes first (the <c>sha256</c> metadata this tool
/// sets, then Content-MD5), because a status row describes the bytes the pipeline once read and
/// the blob may have changed since; the row decides for articles whose blob carries neither hash.
/// A file that cannot be compared is uploaded: an upload too many costs a no-op ingest.
/// </summary>
internal static class UploadPlanner
{
    public const string New = "new";
    public const string Changed = "changed";
    public const string Unchanged = "unchanged";
    public const string Restore = "blob deleted: upload again";

    public static IReadOnlyList<PlannedFile> Plan(IEnumerable<LocalFile> files, IReadOnlyDictionary<string, RemoteFile> remote) =>
        [.. files.Select(file => Decide(file, remote.GetValueOrDefault(file.Name) ?? RemoteFile.Missing))];

    public static PlannedFile Decide(LocalFile file, RemoteFile remote)
    {
        if (!remote.Exists)
            return new PlannedFile(file, true, remote.ProcessedHash is null ? New : Restore);
        if (remote.Sha256 is not null)
            return Same(file, remote, remote.Sha256 == file.Sha256);
        if (remote.Md5 is not null)
            return Same(file, remote, remote.Md5 == file.Md5);
        if (file.IsArticle && remote.ProcessedHash == file.Sha256 && remote.Status != nameof(ArticleStatus.Removed))
            return Same(file, remote, true);
        return new PlannedFile(file, true, Changed);
    }

    private static PlannedFile Same(LocalFile file, RemoteFile remote, bool same) =>
        same ? new PlannedFile(file, false, Unchanged, remote.ETag) : new PlannedFile(file, true, Changed);
}
