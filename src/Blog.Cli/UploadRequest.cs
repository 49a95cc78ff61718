using Blog.Core;
using Blog.Core.Model;

namespace Blog.Cli;

/// <summary>The arguments of one <c>upload</c>, bound and checked.</summary>
/// <param name="Timeout">How long to wait for the pipeline; null with <c>--no-wait</c>.</param>
internal sealed record UploadRequest(DirectoryInfo Folder, string? Account, string? ConnectionString, string? BaseUrl, TimeSpan? Timeout)
{
    public const string LocalBaseUrl = "http://localhost:7071";

    public StorageTarget Target() =>
        ConnectionString is not null ? StorageTarget.FromConnectionString(ConnectionString)
        : Account is not null ? StorageTarget.FromAccount(Account)
        : StorageTarget.Azurite();

    /// <summary>
    /// Where readers find the articles: <c>--base-url</c>, else the local host for a local
    /// account; an Azure site's address is not in storage, so without it URLs stay root-relative.
    /// </summary>
    public SiteUrls Urls(StorageTarget target) =>
        new(new SiteOptions { BaseUrl = BaseUrl ?? (target.IsLocal ? LocalBaseUrl : "") });
}
