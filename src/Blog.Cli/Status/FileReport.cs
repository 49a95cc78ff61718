using System.Globalization;
using Blog.Cli.Uploading;
using Blog.Core.Model;
using Blog.Storage.Tables;

namespace Blog.Cli.Status;

/// <summary>One line of the final table: a file, what the upload did, where the pipeline left it.</summary>
/// <param name="Detail">The public URL of a published article or an asset, the reason of a failed one, or a note.</param>
/// <param name="IsProblem">Failed, or not settled although the run waited: makes the exit code non-zero.</param>
internal sealed record FileReport(string Name, bool Uploaded, string Status, string Detail, bool IsProblem)
{
    public const string StillProcessing = "still processing";
    public const string Submitted = "submitted";
    public const string Asset = "asset";
    public const string Unknown = "unknown";

    /// <summary>
    /// The report for a submitted file given its status row, or null when the pipeline has not
    /// processed these bytes yet (see <see cref="StatusWaiter.IsSettled"/>).
    /// </summary>
    /// <param name="unavailable">Why no status could be read at all (no access to the table), or null.</param>
    public static FileReport For(SubmittedFile file, SourceRecord? settled, SiteUrls urls, bool waited, string? unavailable = null)
    {
        var name = file.File.Name;
        if (!file.File.IsArticle)
            return new FileReport(name, file.Uploaded, Asset, urls.Media(name), false);
        if (unavailable is not null && settled is null)
            return new FileReport(name, file.Uploaded, Unknown, unavailable, waited);
        if (settled is null)
            return waited
                ? new FileReport(name, file.Uploaded, StillProcessing, "not processed before the timeout: see GET /api/admin/status", true)
                : new FileReport(name, file.Uploaded, Submitted, "not waited for (--no-wait)", false);

        return settled.Status switch
        {
            nameof(ArticleStatus.Published) => new FileReport(name, file.Uploaded, settled.Status, urls.Article(settled.Slug ?? ""), false),
            nameof(ArticleStatus.Scheduled) => new FileReport(name, file.Uploaded, settled.Status, $"goes live {When(settled.Date)} at {urls.Article(settled.Slug ?? "")}", false),
            nameof(ArticleStatus.Draft) => new FileReport(name, file.Uploaded, settled.Status, "draft: published nowhere", false),
            nameof(ArticleStatus.Expired) => new FileReport(name, file.Uploaded, settled.Status, "past its expiryDate: published nowhere", false),
            nameof(ArticleStatus.Failed) => new FileReport(name, file.Uploaded, settled.Status, settled.Reason ?? "failed without a reason", true),
            _ => new FileReport(name, file.Uploaded, settled.Status, settled.Reason ?? "", false),
        };
    }

    // Table storage keeps times in UTC, and the site's time zone is a setting of the app, not of storage.
    private static string When(DateTimeOffset? date) =>
        date?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "at its date";
}
