using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Azure.Storage.Blobs;
using Blog.Functions.Tests.Support;
using Blog.Storage.Publishing;
using Blog.Storage.Tables;

namespace Blog.Functions.Tests.Reliability;

/// <summary>
/// Many deliveries at once, as Event Grid and a scaled-out app produce them: nothing lost, nothing
/// twice, tag counts equal to the articles, feeds and sitemap equal to the index. A delivery that
/// throws is delivered again, as the host would.
/// </summary>
[Trait("Category", "Azurite")]
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly string[] Tags = ["leiderschap", "interim", "rekrutering", "governance", "talent"];

    private readonly PipelineFixture _site = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Five_hundred_uploads_at_once_are_each_published_once_with_exact_tag_counts()
    {
        const int count = 500;
        var blobs = new BlobClient[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), Wide, async (i, _) => blobs[i] = await _site.UploadAsync(Name(i), Article(i, "Eerste versie")));
        // Every blob delivered once, and one in ten twice at the same time (at-least-once).
        var deliveries = blobs.Concat(blobs.Where((_, i) => i % 10 == 0)).ToList();
        await Parallel.ForEachAsync(deliveries, Wide, async (blob, _) => await DeliverAsync(blob));

        var statuses = await AllStatusesAsync();
        Assert.Equal(count, statuses.Count);
        Assert.All(statuses, s => Assert.Equal("Published", s.Status));
        await AssertIndexConsistentAsync(expectedArticles: count);

        await _site.Get<SitePublisher>().RunAsync();
        await AssertOutputsMatchIndexAsync();
    }

    [Fact]
    public async Task Twenty_concurrent_edits_of_one_article_end_with_the_last_upload()
    {
        await _site.PublishAsync("bewerkt.md", Article(0, "Versie 0"));
        var blob = _site.Articles.GetBlobClient("bewerkt.md");
        await Parallel.ForEachAsync(Enumerable.Range(1, 20), Wide, async (version, _) =>
        {
            await _site.UploadAsync("bewerkt.md", Article(0, $"Versie {version}"));
            await DeliverAsync(blob);
        });

        var final = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        var finalVersion = Encoding.UTF8.GetString(final).Split('\n').First(l => l.StartsWith("# ", StringComparison.Ordinal))[2..];
        var status = await _site.StatusAsync("bewerkt.md");
        Assert.Equal("Published", status!.Status);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(final)), status.ContentHash);
        Assert.Contains($"<h1 id=\"{Slugged(finalVersion)}\">{finalVersion}</h1>", (await _site.PageAsync("artikel-000"))!.Value.Html);
        await AssertIndexConsistentAsync(expectedArticles: 1);
    }

    [Fact]
    public async Task A_delivery_that_read_an_older_version_cannot_overwrite_a_newer_one()
    {
        await _site.PublishAsync("race.md", Article(7, "Versie 0"));
        var blob = await _site.UploadAsync("race.md", Article(7, "Versie 1"));

        // Delivery A reads version 1 and stalls; version 2 is uploaded and delivered (B) meanwhile.
        _site.Faults.HoldNextRead("/race.md");
        var stale = _site.TriggerAsync(blob);
        await _site.Faults.Held.WaitAsync(TimeSpan.FromSeconds(30));
        await _site.UploadAsync("race.md", Article(7, "Versie 2"));
        await _site.TriggerAsync(blob);
        _site.Faults.Release();
        await stale;

        var final = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(final)), (await _site.StatusAsync("race.md"))!.ContentHash);
        Assert.Contains("<h1 id=\"versie-2\">Versie 2</h1>", (await _site.PageAsync("artikel-007"))!.Value.Html);
    }

    [Fact]
    public async Task Uploads_while_the_timer_regenerates_leave_feeds_and_sitemap_consistent_with_the_index()
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), Wide, async (i, _) => await DeliverAsync(await _site.UploadAsync(Name(i), Article(i, "Eerste versie"))));
        await _site.Get<SitePublisher>().RunAsync();

        using var uploadsDone = new CancellationTokenSource();
        var timer = Task.Run(async () =>
        {
            var runs = 0;
            while (!uploadsDone.IsCancellationRequested || runs == 0)
            {
                await _site.Get<SitePublisher>().RunAsync();
                runs++;
            }
            return runs;
        });
        // New articles, edits (one retags), and a delete, all while the timer runs.
        await Parallel.ForEachAsync(Enumerable.Range(0, 100), Wide, async (i, ct) =>
        {
            if (i < 60) await DeliverAsync(await _site.UploadAsync(Name(100 + i), Article(100 + i, "Nieuw")));
            else if (i < 95) await DeliverAsync(await _site.UploadAsync(Name(i - 60), Article(i - 60, "Bewerkt", retag: i % 2 == 0)));
            else await _site.Articles.GetBlobClient(Name(i - 60)).DeleteIfExistsAsync(cancellationToken: ct);
        });
        await uploadsDone.CancelAsync();
        Assert.True(await timer >= 1);

        // The next run catches up with whatever raced (the delete in particular), as in production.
        await _site.Get<SitePublisher>().RunAsync();
        await AssertIndexConsistentAsync(expectedArticles: 40 + 60 - 5);
        await AssertOutputsMatchIndexAsync();
    }

    private static readonly ParallelOptions Wide = new() { MaxDegreeOfParallelism = 32 };

    private static string Name(int i) => $"artikel-{i:000}.md";

    private static string Slugged(string heading) => heading.ToLowerInvariant().Replace(' ', '-');

    private static string Article(int i, string version, bool retag = false)
    {
        var tags = retag ? $"[{Tags[(i + 1) % Tags.Length]}]" : $"[{Tags[i % Tags.Length]}, {Tags[(i / 2 + 1) % Tags.Length]}]";
        var date = new DateTime(2025, 1, 1, 8, 0, 0).AddHours(i).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        return $"---\ntitle: Artikel {i}\nslug: artikel-{i:000}\ndate: {date}\ntags: {tags}\n---\n\n# {version}\n\nTekst van artikel {i}.\n";
    }

    /// <summary>Runs the trigger; a try that throws is delivered again, as the host retries it.</summary>
    private async Task DeliverAsync(BlobClient blob)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _site.TriggerAsync(blob);
                return;
            }
            catch (Exception) when (attempt < 5)
            {
                await Task.Delay(50 * attempt);
            }
        }
    }

    private async Task<List<SourceRecord>> AllStatusesAsync()
    {
        var all = new List<SourceRecord>();
        string? after = null;
        while (await _site.Get<SourceIndex>().ListAsync(1000, after) is { Count: > 0 } page)
        {
            all.AddRange(page);
            after = page[^1].BlobName;
        }
        return all;
    }

    /// <summary>One listing row per published article, each tag's count equal to its rows and to the articles carrying it.</summary>
    private async Task AssertIndexConsistentAsync(int expectedArticles)
    {
        var published = (await AllStatusesAsync()).Where(s => s.Status == "Published").ToList();
        Assert.Equal(expectedArticles, published.Count);

        var listing = _site.Get<ListingIndex>();
        var all = await listing.PageAsync(ListingRecord.AllPartition, 5000);
        Assert.Equal(published.Select(s => s.Slug).Order(), all.Select(r => r.Slug).Order());

        var articles = new Dictionary<string, ArticleRecord>();
        foreach (var slug in published.Select(s => s.Slug!))
            articles[slug] = (await _site.Get<ArticleTable>().GetAsync(slug))!;
        var expectedCounts = articles.Values.SelectMany(a => a.Tags).GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => g.Count());

        var tags = await listing.TagsAsync();
        Assert.Equal(expectedCounts.OrderBy(p => p.Key), tags.Select(t => KeyValuePair.Create(t.RowKey, t.Count)).OrderBy(p => p.Key));
        foreach (var tag in tags)
            Assert.Equal(tag.Count, (await listing.PageAsync(ListingRecord.TagPartition(tag.RowKey), 5000)).Count);
    }

    /// <summary>The sitemap lists exactly the published articles; the feed the newest of them, in order.</summary>
    private async Task AssertOutputsMatchIndexAsync()
    {
        var listing = await _site.Get<ListingIndex>().PageAsync(ListingRecord.AllPartition, 5000);
        var urls = listing.Select(r => $"{PipelineFixture.BaseUrl}/articles/{r.Slug}").ToList();

        var sitemap = XDocument.Parse((await _site.Web.GetBlobClient(SiteFiles.Sitemap).DownloadContentAsync()).Value.Content.ToString());
        var articleLocs = sitemap.Descendants(Sitemap + "loc").Select(l => l.Value).Where(u => u.Contains("/articles/", StringComparison.Ordinal));
        Assert.Equal(urls.Order(), articleLocs.Order());

        var feed = XDocument.Parse((await _site.Web.GetBlobClient(SiteFiles.Rss).DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal(urls.Take(20), feed.Descendants("item").Select(i => i.Element("link")!.Value));
    }
}
