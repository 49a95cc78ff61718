using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Blog.Core;
using Blog.Core.Model;
using Blog.Core.Rendering;
using Blog.Core.Syndication;
using Blog.Core.Templates;
using Blog.Storage.Blobs;
using Blog.Storage.Ingest;
using Blog.Storage.Queries;
using Blog.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Blog.Storage.Publishing;

/// <summary>
/// The timer's work. (1) Reconcile the <c>articles</c> container with the index: render what no
/// event delivered, mark deleted blobs <c>Removed</c>. (2) Publish scheduled articles whose date
/// has come and withdraw expired ones. (3) Regenerate feeds, sitemap, robots.txt and 404.html,
/// each only when a fingerprint of its inputs changed, so an idle run costs a handful of reads.
/// </summary>
public sealed class SitePublisher(
    BlogStorage storage,
    IngestService ingest,
    ArticleQueries queries,
    SiteOptions site,
    FeedOptions feed,
    PageRenderer pages,
    TimeProvider time,
    ILogger<SitePublisher> logger)
{
    private const string FingerprintKey = "fingerprint";

    private readonly SourceIndex _sources = new(storage);
    private readonly ListingIndex _listing = new(storage);
    private readonly SiteBlobStore _blobs = new(storage);
    private readonly SiteUrls _urls = new(site);
    private readonly TimeZoneInfo _zone = site.FindTimeZone();

    public async Task<PublishReport> RunAsync(CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync().WaitAsync(cancellationToken);
        var report = new PublishReport();
        var sources = await ReconcileAsync(report, cancellationToken);
        await PublishOutputsAsync(sources, report, cancellationToken);
        logger.LogInformation("Publish run: {Ingested} ingested, {Removed} removed, {Rescheduled} scheduled/expired, {Failed} failed, {Written} files written",
            report.Ingested, report.Removed, report.Rescheduled, report.Failed, report.FilesWritten.Count);
        return report;
    }

    private async Task<List<SourceRecord>> ReconcileAsync(PublishReport report, CancellationToken cancellationToken)
    {
        var blobs = new Dictionary<string, BlobItem>(StringComparer.Ordinal);
        await foreach (var blob in storage.ArticlesContainer.GetBlobsAsync(cancellationToken: cancellationToken))
            blobs[blob.Name] = blob;
        var media = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in storage.WebContainer.GetBlobsAsync(BlobTraits.None, BlobStates.None, "media/", cancellationToken))
            media.Add(blob.Name["media/".Length..]);
        var sources = await AllSourcesAsync(cancellationToken);
        var byName = sources.ToDictionary(s => s.BlobName, StringComparer.Ordinal);
        var now = time.GetUtcNow();

        foreach (var blob in blobs.Values)
        {
            var isArticle = UrlPolicy.IsArticleFile(blob.Name);
            var missed = isArticle
                ? !byName.TryGetValue(blob.Name, out var row) || row.Status == nameof(ArticleStatus.Removed) || Changed(row, blob)
                : !media.Contains(blob.Name);
            var due = isArticle && byName.TryGetValue(blob.Name, out var known) && IsDue(known, now);
            if (!missed && !due) continue;
            await SafelyAsync(blob.Name, report, async () =>
            {
                await ingest.IngestAsync(storage.ArticlesContainer.GetBlobClient(blob.Name), force: due, cancellationToken);
                if (due) report.Rescheduled++; else report.Ingested++;
            });
        }

        foreach (var source in sources.Where(s => s.Status != nameof(ArticleStatus.Removed) && !blobs.ContainsKey(s.BlobName)))
            await SafelyAsync(source.BlobName, report, async () => { await ingest.RemoveAsync(source.BlobName, cancellationToken); report.Removed++; });

        return report.Ingested + report.Removed + report.Rescheduled > 0 ? await AllSourcesAsync(cancellationToken) : sources;
    }

    /// <summary>A listing's MD5 differs from the one processed (or, without MD5, the blob is newer).</summary>
    private static bool Changed(SourceRecord row, BlobItem blob)
    {
        var md5 = blob.Properties.ContentHash;
        return md5 is { Length: > 0 }
            ? row.ContentMd5 != Convert.ToBase64String(md5)
            : blob.Properties.LastModified > row.ProcessedAt;
    }

    /// <summary>Scheduled and its date has come, or published and its expiry has.</summary>
    private static bool IsDue(SourceRecord row, DateTimeOffset now) =>
        (row.Status == nameof(ArticleStatus.Scheduled) && row.Date <= now)
        || (row.Status == nameof(ArticleStatus.Published) && row.ExpiryDate <= now);

    /// <summary>One blob that keeps failing is logged and skipped; it never stops the run.</summary>
    private async Task SafelyAsync(string blobName, PublishReport report, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            report.Failed++;
            logger.LogError(ex, "Reconcile of {Blob} failed; the next run tries again", blobName);
        }
    }

    private async Task<List<SourceRecord>> AllSourcesAsync(CancellationToken cancellationToken)
    {
        var all = new List<SourceRecord>();
        await foreach (var row in storage.SourcesTable.QueryAsync<SourceRecord>(TableClient.CreateQueryFilter($"PartitionKey eq {SourceRecord.Partition}"), cancellationToken: cancellationToken))
            all.Add(row);
        return all;
    }

    private async Task PublishOutputsAsync(List<SourceRecord> sources, PublishReport report, CancellationToken cancellationToken)
    {
        var stored = await StoredFingerprintsAsync(cancellationToken);
        var settings = $"{site.NormalizedBaseUrl}|{site.Title}|{site.Description}|{site.Language}|{site.Author}|{site.TimeZone}|{feed.Items}|{feed.FullContent}|{pages.ThemeFingerprint}";

        // Main feeds: the newest rows of the "all" listing; their timestamps change with every edit.
        var newest = await _listing.PageAsync(ListingRecord.AllPartition, feed.Items, null, cancellationToken);
        var feedPrint = Fingerprint(settings, newest.Select(r => $"{r.RowKey}@{r.ETag}"));
        if (Needs(stored, SiteFiles.Rss, feedPrint))
        {
            var (items, _, _) = await queries.PageAsync(null, feed.Items, null, cancellationToken);
            var entries = await EntriesAsync(items, cancellationToken);
            var channel = Channel(site.Title, site.Description, _urls.Home, _urls.RssFeed, entries);
            await PutAsync(SiteFiles.Atom, SiteFiles.AtomType, SiteFiles.FeedCache, feedPrint, s => AtomWriter.Write(s, channel with { SelfUrl = _urls.AtomFeed }, entries), report, cancellationToken);
            await PutAsync(SiteFiles.JsonFeed, SiteFiles.JsonFeedType, SiteFiles.FeedCache, feedPrint, s => JsonFeedWriter.Write(s, channel with { SelfUrl = _urls.JsonFeed }, entries), report, cancellationToken);
            // RSS last: its fingerprint stands for all three, so a crash before it redoes them.
            await PutAsync(SiteFiles.Rss, SiteFiles.RssType, SiteFiles.FeedCache, feedPrint, s => RssWriter.Write(s, channel, entries), report, cancellationToken);
        }

        // Tag feeds: a tag row is rewritten whenever an article joins, leaves or changes in it.
        var tags = await _listing.TagsAsync(cancellationToken);
        var existingTagFeeds = stored.Keys.Where(k => k.StartsWith("tags/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var path = SiteFiles.TagFeed(tag.RowKey);
            existingTagFeeds.Remove(path);
            var print = Fingerprint(settings, [tag.ETag.ToString()]);
            if (!Needs(stored, path, print)) continue;
            var (tagItems, _, _) = await queries.PageAsync(tag.RowKey, feed.Items, null, cancellationToken);
            var entries = await EntriesAsync(tagItems, cancellationToken);
            var channel = Channel($"{site.Title}: {tag.Name}", $"Artikels over {tag.Name}", _urls.Tag(tag.RowKey), _urls.Absolute("/" + path), entries);
            await PutAsync(path, SiteFiles.RssType, SiteFiles.FeedCache, print, s => RssWriter.Write(s, channel, entries), report, cancellationToken);
        }
        foreach (var stale in existingTagFeeds)
        {
            await storage.WebContainer.GetBlobClient(stale).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            report.FilesDeleted.Add(stale);
        }

        // Sitemap: every published article's real last change, the home page and the tag pages.
        var published = sources.Where(s => s.Status == nameof(ArticleStatus.Published) && s.Slug is not null)
            .OrderByDescending(s => s.Date).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
        var sitemapPrint = Fingerprint(settings, published.Select(s => $"{s.Slug}@{s.Updated:O}").Concat(tags.Select(t => $"tag:{t.RowKey}@{t.ETag}")));
        if (Needs(stored, SiteFiles.Sitemap, sitemapPrint))
            await WriteSitemapAsync(published, tags, sitemapPrint, report, cancellationToken);

        var staticPrint = Fingerprint(settings, []);
        if (Needs(stored, SiteFiles.Robots, staticPrint))
            await PutAsync(SiteFiles.Robots, SiteFiles.TextType, SiteFiles.RobotsCache, staticPrint, s => s.Write(Encoding.UTF8.GetBytes(RobotsTxt.For(site.NormalizedBaseUrl))), report, cancellationToken);
        if (Needs(stored, SiteFiles.NotFound, staticPrint))
            await PutAsync(SiteFiles.NotFound, SiteFiles.HtmlType, "public, max-age=300", staticPrint, s => s.Write(Encoding.UTF8.GetBytes(pages.RenderNotFound())), report, cancellationToken);
    }

    private async Task WriteSitemapAsync(List<SourceRecord> published, IReadOnlyList<TagRecord> tags, string print, PublishReport report, CancellationToken cancellationToken)
    {
        var newest = published.Count == 0 ? (DateTimeOffset?)null : published.Max(s => s.Updated);
        var urls = new List<SitemapUrl> { new(_urls.Home, SiteTime(newest)) };
        urls.AddRange(tags.OrderBy(t => t.RowKey, StringComparer.Ordinal).Select(t => new SitemapUrl(_urls.Tag(t.RowKey), SiteTime(t.Timestamp))));
        urls.AddRange(published.Select(s => new SitemapUrl(_urls.Article(s.Slug!), SiteTime(s.Updated))));

        // Sized for a full part up front (about 120 bytes of markup per URL besides the address),
        // so a 50,000-URL part is one buffer instead of a trail of doubled, discarded ones.
        var capacity = Math.Min(urls.Count, SitemapWriter.MaxUrlsPerFile) * (120 + _urls.Home.Length + 60);
        var files = new List<(string Name, MemoryStream Content)>();
        SitemapWriter.Write(urls, site.NormalizedBaseUrl, name =>
        {
            var stream = new MemoryStream(name == SiteFiles.Sitemap && urls.Count > SitemapWriter.MaxUrlsPerFile ? 4096 : capacity);
            files.Add((name, stream));
            return new KeepOpenStream(stream);
        });
        // Parts first, the index (sitemap.xml, carrying the fingerprint) last; each part is
        // uploaded from the buffer it was written to, and released right after.
        foreach (var (name, content) in files.OrderBy(f => f.Name == SiteFiles.Sitemap))
        {
            using (content)
                await UploadAsync(name, SiteFiles.XmlType, SiteFiles.SitemapCache, print, content, report, cancellationToken);
        }
    }

    /// <summary>Table storage keeps UTC; pages and feeds speak the site's time zone.</summary>
    private DateTimeOffset? SiteTime(DateTimeOffset? value) => value is { } v ? TimeZoneInfo.ConvertTime(v, _zone) : null;

    private async Task<List<FeedEntry>> EntriesAsync(IReadOnlyList<ArticleItem> items, CancellationToken cancellationToken)
    {
        var entries = new List<FeedEntry>(items.Count);
        foreach (var item in items)
        {
            var html = feed.FullContent ? (await _blobs.GetRenderedAsync(item.Slug, cancellationToken))?.Html : null;
            entries.Add(new FeedEntry(item, DateTimeOffset.Parse(item.Date, System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(item.Updated, System.Globalization.CultureInfo.InvariantCulture), html));
        }
        return entries;
    }

    private FeedChannel Channel(string title, string description, string home, string self, List<FeedEntry> entries) =>
        new(title, description, site.Language, home, self, entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated), site.Author);

    /// <summary>
    /// The fingerprints of the generated files, from two listings with metadata (the root files,
    /// and the tag feeds), so deciding what to regenerate costs two reads however many tags exist.
    /// </summary>
    private async Task<Dictionary<string, string?>> StoredFingerprintsAsync(CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        await foreach (var item in storage.WebContainer.GetBlobsByHierarchyAsync(BlobTraits.Metadata, BlobStates.None, "/", null, cancellationToken))
            if (item.IsBlob) stored[item.Blob.Name] = item.Blob.Metadata.TryGetValue(FingerprintKey, out var print) ? print : null;
        await foreach (var blob in storage.WebContainer.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, "tags/", cancellationToken))
            stored[blob.Name] = blob.Metadata.TryGetValue(FingerprintKey, out var print) ? print : null;
        return stored;
    }

    private static bool Needs(Dictionary<string, string?> stored, string path, string fingerprint) =>
        !(stored.TryGetValue(path, out var print) && print == fingerprint);

    private async Task PutAsync(string path, string contentType, string cacheControl, string fingerprint, Action<Stream> write, PublishReport report, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        write(new KeepOpenStream(buffer));
        await UploadAsync(path, contentType, cacheControl, fingerprint, buffer, report, cancellationToken);
    }

    private async Task UploadAsync(string path, string contentType, string cacheControl, string fingerprint, MemoryStream buffer, PublishReport report, CancellationToken cancellationToken)
    {
        buffer.Position = 0;
        await storage.WebContainer.GetBlobClient(path).UploadAsync(buffer, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType, CacheControl = cacheControl },
            Metadata = new Dictionary<string, string> { [FingerprintKey] = fingerprint },
        }, cancellationToken);
        report.FilesWritten.Add(path);
    }

    private static string Fingerprint(string settings, IEnumerable<string> inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(settings));
        foreach (var input in inputs) hash.AppendData(Encoding.UTF8.GetBytes("\n" + input));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
