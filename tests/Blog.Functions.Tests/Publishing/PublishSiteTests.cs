using System.Text.RegularExpressions;
using System.Xml.Linq;
using Blog.Functions.Tests.Support;
using Blog.Storage.Publishing;
using Blog.Storage.Tables;

namespace Blog.Functions.Tests.Publishing;

/// <summary>The timer function on Azurite, with a clock the test moves.</summary>
[Trait("Category", "Azurite")]
public sealed partial class PublishSiteTests : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly PipelineFixture _site = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    private Task<PublishReport> RunTimerAsync() => _site.Get<SitePublisher>().RunAsync();

    private async Task<string?> WebFileAsync(string path)
    {
        var blob = _site.Web.GetBlobClient(path);
        return await blob.ExistsAsync() ? (await blob.DownloadContentAsync()).Value.Content.ToString() : null;
    }

    private async Task<List<string>> FeedLinksAsync() =>
        XDocument.Parse((await WebFileAsync("feed.xml"))!).Descendants("item").Select(i => i.Element("link")!.Value).ToList();

    [Fact]
    public async Task A_scheduled_article_goes_live_at_the_first_run_after_its_date_and_not_before()
    {
        // The clock starts at 2025-11-20 10:00 UTC; 12:00 in Brussels is 11:00 UTC.
        await _site.PublishAsync("later.md", "---\ntitle: Later\ndate: 2025-11-20T12:00:00\n---\nTekst.");
        await _site.PublishAsync("nu.md", "---\ntitle: Nu\ndate: 2025-11-19\n---\nTekst.");

        _site.Clock.Advance(TimeSpan.FromMinutes(55));
        await RunTimerAsync();
        Assert.Equal("Scheduled", (await _site.StatusAsync("later.md"))!.Status);
        Assert.Null(await _site.PageAsync("later"));
        Assert.DoesNotContain("https://blog.example.be/articles/later", await FeedLinksAsync());

        _site.Clock.Advance(TimeSpan.FromMinutes(10));
        var report = await RunTimerAsync();
        Assert.Equal(1, report.Rescheduled);
        Assert.Equal("Published", (await _site.StatusAsync("later.md"))!.Status);
        Assert.NotNull(await _site.PageAsync("later"));
        Assert.Equal(["https://blog.example.be/articles/later", "https://blog.example.be/articles/nu"], await FeedLinksAsync());
        Assert.Contains("<loc>https://blog.example.be/articles/later</loc>", await WebFileAsync("sitemap.xml"));
    }

    [Fact]
    public async Task An_expired_article_is_withdrawn_everywhere()
    {
        await _site.PublishAsync("kort.md", "---\ntitle: Kort\ndate: 2025-11-01\nexpiryDate: 2025-11-21\ntags: [Tijdelijk]\n---\nTekst.");
        await RunTimerAsync();
        Assert.Contains("https://blog.example.be/articles/kort", await FeedLinksAsync());

        _site.Clock.Advance(TimeSpan.FromDays(1));
        await RunTimerAsync();
        Assert.Equal("Expired", (await _site.StatusAsync("kort.md"))!.Status);
        Assert.Null(await _site.PageAsync("kort"));
        Assert.Empty(await FeedLinksAsync());
        Assert.DoesNotContain("kort", await WebFileAsync("sitemap.xml"));
        Assert.Null(await WebFileAsync("tags/tijdelijk/feed.xml"));
    }

    [Fact]
    public async Task A_deleted_blob_is_removed_and_answers_410_and_a_reupload_brings_it_back()
    {
        var blob = await _site.PublishAsync("weg.md", "---\ntitle: Weg\ntags: [x]\n---\nTekst.");
        await RunTimerAsync();
        await blob.DeleteAsync();

        var report = await RunTimerAsync();
        Assert.Equal(1, report.Removed);
        Assert.Equal("Removed", (await _site.StatusAsync("weg.md"))!.Status);
        Assert.Null(await _site.PageAsync("weg"));
        Assert.Empty(await FeedLinksAsync());
        Assert.DoesNotContain("articles/weg", await WebFileAsync("sitemap.xml"));
        var gone = await HttpCall.RunAsync(HttpCall.Request("/articles/weg"), r => _site.Get<ServeArticlePage>().Run(r, "weg", default));
        Assert.Equal(410, gone.Status);

        await _site.UploadAsync("weg.md", "---\ntitle: Weg\ntags: [x]\n---\nTekst.");
        await RunTimerAsync();
        Assert.Equal("Published", (await _site.StatusAsync("weg.md"))!.Status);
        Assert.NotNull(await _site.PageAsync("weg"));
    }

    [Fact]
    public async Task An_upload_no_event_delivered_is_published_by_the_next_run()
    {
        await _site.UploadAsync("gemist.md", "---\ntitle: Gemist\n---\nTekst.");
        await _site.UploadAsync("beelden/foto.png", [0x89, 0x50, 0x4E, 0x47]);
        var report = await RunTimerAsync();
        Assert.Equal(2, report.Ingested);
        Assert.NotNull(await _site.PageAsync("gemist"));
        Assert.True(await _site.Web.GetBlobClient("media/beelden/foto.png").ExistsAsync());
    }

    [Fact]
    public async Task An_edit_moves_lastmod_in_the_sitemap_and_the_feed_and_a_second_idle_run_writes_nothing()
    {
        await _site.PublishAsync("a.md", "---\ntitle: Versie een\n---\nTekst.");
        var first = await RunTimerAsync();
        Assert.Contains("feed.xml", first.FilesWritten);
        Assert.Contains("sitemap.xml", first.FilesWritten);
        Assert.Contains("robots.txt", first.FilesWritten);
        Assert.Contains("404.html", first.FilesWritten);

        var idle = await RunTimerAsync();
        Assert.Empty(idle.FilesWritten);
        Assert.Equal(0, idle.Ingested);

        await _site.PublishAsync("a.md", "---\ntitle: Versie een\n---\nTekst.");
        Assert.Empty((await RunTimerAsync()).FilesWritten);

        _site.Clock.Advance(TimeSpan.FromDays(2));
        await _site.PublishAsync("a.md", "---\ntitle: Versie twee\n---\nNieuwe tekst.");
        var edited = await RunTimerAsync();
        Assert.Contains("feed.xml", edited.FilesWritten);
        var sitemap = XDocument.Parse((await WebFileAsync("sitemap.xml"))!);
        var lastmod = sitemap.Descendants(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/articles/a", StringComparison.Ordinal)).Element(Sitemap + "lastmod")!.Value;
        Assert.Equal("2025-11-22T11:00:00+01:00", lastmod);
        var item = XDocument.Parse((await WebFileAsync("feed.xml"))!).Descendants("item").Single();
        Assert.Equal("Versie twee", item.Element("title")!.Value);
        Assert.Contains("Nieuwe tekst", item.Element(Content + "encoded")!.Value);
    }

    [Fact]
    public async Task An_idle_run_costs_a_handful_of_reads_and_no_write()
    {
        await _site.PublishAsync("a.md", "---\ntitle: Een\ntags: [x, y]\n---\nTekst.");
        await _site.PublishAsync("b.md", "---\ntitle: Twee\ntags: [y]\n---\nTekst.");
        await RunTimerAsync();

        _site.Requests.Reset();
        await RunTimerAsync();
        var requests = _site.Requests.Seen;
        Assert.DoesNotContain(requests, r => r.StartsWith("PUT", StringComparison.Ordinal) || r.StartsWith("DELETE", StringComparison.Ordinal) || r.StartsWith("POST", StringComparison.Ordinal) || r.StartsWith("PATCH", StringComparison.Ordinal) || r.StartsWith("MERGE", StringComparison.Ordinal));
        // Listings of articles, media, the generated root files and the tag feeds; queries of
        // Sources, the newest Listing rows and Tags: 7, however many articles and tags.
        Assert.True(requests.Count <= 7, $"{requests.Count} requests:\n{string.Join('\n', requests)}");
    }

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")]
    private static partial Regex Rfc822();

    [Fact]
    public async Task The_feeds_the_sitemap_and_robots_are_complete_and_agree_on_urls()
    {
        await _site.PublishAsync("2025/interim-managers.md", PipelineFixture.Fixture("articles", "interim-managers.md").Replace("tags:", "image: beelden/grafiek.png\ntags:", StringComparison.Ordinal));
        await _site.PublishAsync("b.md", "---\ntitle: Verboden tekens\nsummary: Kort & goed\n---\nTekst met \u0001 verboden \u000B tekens en <script>.");
        await RunTimerAsync();

        var rss = XDocument.Parse((await WebFileAsync("feed.xml"))!);
        var channel = rss.Root!.Element("channel")!;
        Assert.Equal("nl-BE", channel.Element("language")!.Value);
        Assert.Matches(Rfc822(), channel.Element("lastBuildDate")!.Value);
        Assert.Equal("https://blog.example.be/feed.xml", channel.Element(Atom + "link")!.Attribute("href")!.Value);
        var item = channel.Elements("item").Single(i => i.Element("link")!.Value.EndsWith("interim-managers", StringComparison.Ordinal));
        Assert.Equal(item.Element("link")!.Value, item.Element("guid")!.Value);
        Assert.Equal("Thu, 20 Nov 2025 09:00:00 +0100", item.Element("pubDate")!.Value);
        Assert.Equal(["Interim management", "Leiderschap"], item.Elements("category").Select(c => c.Value));
        Assert.Contains("https://blog.example.be/media/2025/beelden/grafiek.png", item.Element(Content + "encoded")!.Value);
        Assert.DoesNotContain("src=\"beelden", item.Element(Content + "encoded")!.Value);
        Assert.Equal("image/png", item.Element((XNamespace)"http://search.yahoo.com/mrss/" + "content")!.Attribute("type")!.Value);
        var forbidden = channel.Elements("item").Single(i => i.Element("title")!.Value == "Verboden tekens");
        Assert.Contains("Tekst met  verboden  tekens en &lt;script&gt;.", forbidden.Element(Content + "encoded")!.Value);

        var atom = XDocument.Parse((await WebFileAsync("atom.xml"))!);
        Assert.Equal(item.Element("guid")!.Value, atom.Descendants(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).First(id => id.EndsWith("interim-managers", StringComparison.Ordinal)));
        var json = System.Text.Json.JsonDocument.Parse((await WebFileAsync("feed.json"))!);
        Assert.Contains(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == item.Element("guid")!.Value);
        Assert.NotNull(await WebFileAsync("tags/leiderschap/feed.xml"));
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://blog.example.be/sitemap.xml\n", await WebFileAsync("robots.txt"));
        Assert.Contains("Pagina niet gevonden", await WebFileAsync("404.html"));

        var feedBlob = await _site.Web.GetBlobClient("feed.xml").GetPropertiesAsync();
        Assert.Equal("application/rss+xml; charset=utf-8", feedBlob.Value.ContentType);
        Assert.Equal("public, max-age=300", feedBlob.Value.CacheControl);
        var served = await HttpCall.RunAsync(HttpCall.Request("/feed.xml"), r => _site.Get<ServeRssFeed>().Run(r, default));
        Assert.Equal(200, served.Status);
        Assert.Equal("application/rss+xml; charset=utf-8", served.Header("Content-Type"));

        if (Validators.Folder is null) return;
        Assert.Null(Validators.Check("atomvalidate.sh", (await WebFileAsync("atom.xml"))!, ".xml"));
        Assert.Null(Validators.Check("jsonfeedvalidate.sh", (await WebFileAsync("feed.json"))!, ".json"));
        Assert.Null(Validators.Check("sitemapvalidate.sh", (await WebFileAsync("sitemap.xml"))!, ".xml"));
    }
}
