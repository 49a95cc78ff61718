using System.Text.Json;
using Azure.Data.Tables;
using Blog.Functions.Tests.Support;
using Blog.Storage.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Functions.Tests.Ingest;

/// <summary>The blob-triggered function end to end on Azurite: upload, trigger, read what a reader gets.</summary>
[Trait("Category", "Azurite")]
public sealed class IngestArticleTests : IAsyncLifetime
{
    private readonly PipelineFixture _site = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Upload_publishes_the_page_the_row_and_the_listings()
    {
        await _site.PublishAsync("2025/interim-managers.md", PipelineFixture.Fixture("articles", "interim-managers.md"));

        var page = await _site.PageAsync("interim-managers");
        Assert.NotNull(page);
        Assert.Equal("text/html; charset=utf-8", page.Value.Properties.ContentType);
        Assert.Equal("public, max-age=300", page.Value.Properties.CacheControl);
        Assert.Contains("<h1>Interim managers in België</h1>", page.Value.Html);
        Assert.Contains("src=\"https://blog.example.be/media/2025/beelden/grafiek.png\"", page.Value.Html);
        Assert.Contains("href=\"https://blog.example.be/articles/vervolg\"", page.Value.Html);

        var status = await _site.StatusAsync("2025/interim-managers.md");
        Assert.Equal("Published", status!.Status);
        Assert.Equal("interim-managers", status.Slug);
        Assert.Null(status.Reason);

        var row = await _site.Get<ArticleTable>().GetAsync("interim-managers");
        Assert.Equal("Interim managers in België", row!.Title);
        Assert.Equal("2025/interim-managers.md", row.Owner);

        var listing = _site.Get<ListingIndex>();
        Assert.Equal(["interim-managers"], (await listing.PageAsync(ListingRecord.AllPartition, 20)).Select(r => r.Slug));
        Assert.Single(await listing.PageAsync(ListingRecord.TagPartition("interim-management"), 20));
        Assert.Single(await listing.PageAsync(ListingRecord.TagPartition("leiderschap"), 20));
    }

    [Fact]
    public async Task Admin_status_lists_every_source_blob_as_json()
    {
        await _site.PublishAsync("goed.md", "---\ntitle: Goed\n---\nTekst");
        await _site.PublishAsync("kapot.md", "---\ntitle: Kapot\ndate: 2025-02-30\n---\n");

        var context = new DefaultHttpContext();
        var result = Assert.IsType<OkObjectResult>(await _site.Get<AdminStatus>().Run(context.Request, CancellationToken.None));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result.Value));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["goed.md", "kapot.md"], items.Select(i => i.GetProperty("blob").GetString()));
        Assert.Equal("Published", items[0].GetProperty("status").GetString());
        Assert.Equal("Failed", items[1].GetProperty("status").GetString());
        Assert.StartsWith("front matter line 3, 'date'", items[1].GetProperty("reason").GetString());
        Assert.Equal(64, items[0].GetProperty("contentHash").GetString()!.Length);
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("Failed").GetInt32());
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "bad-yaml.md", "front matter line 2: YAML syntax error: a list '[' or map '{' is never closed" },
        { "missing-title.md", "front matter line 2, 'title': is missing" },
        { "impossible-date.md", "front matter line 3, 'date': '2025-02-30' is not a real calendar date" },
        { "traversal-slug.md", "front matter line 3, 'slug': '../../$web/index' must be one URL segment" },
        { "alias-bomb.md", "front matter line 3: YAML anchors (&name) are not allowed" },
        { "empty.md", "the file is empty" },
        { "no-front-matter.md", "line 1: no front matter" },
        { "toml-front-matter.md", "line 1: TOML front matter (+++) is not supported" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_file_fails_with_an_actionable_reason_and_touches_nothing(string file, string reason)
    {
        var source = await _site.UploadAsync(file, PipelineFixture.FixtureBytes("bad", file));
        await AssertFailsLeavingSourceAsync(source, reason);
    }

    [Fact]
    public async Task Oversize_file_fails_naming_the_limit_without_being_read()
    {
        var big = new byte[1024 * 1024 + 1];
        Array.Fill(big, (byte)'a');
        var source = await _site.UploadAsync("groot.md", big);
        await AssertFailsLeavingSourceAsync(source, "the file is 1,048,577 bytes, over the limit of 1,048,576 bytes (setting Ingest:MaxArticleBytes)");
    }

    [Fact]
    public async Task Binary_file_fails()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        await AssertFailsLeavingSourceAsync(await _site.UploadAsync("foto.md", png), "the file holds binary data");
    }

    [Fact]
    public async Task Latin1_file_fails_instead_of_being_mangled()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes("---\ntitle: Café en rosé\n---\nTekst");
        await AssertFailsLeavingSourceAsync(await _site.UploadAsync("latin1.md", latin1), "the file is not valid UTF-8 (line 2");
    }

    private async Task AssertFailsLeavingSourceAsync(Azure.Storage.Blobs.BlobClient source, string reason)
    {
        var before = (await source.GetPropertiesAsync()).Value;
        await _site.TriggerAsync(source);

        var status = await _site.StatusAsync(source.Name);
        Assert.Equal("Failed", status!.Status);
        Assert.StartsWith(reason, status.Reason);
        Assert.DoesNotContain('\n', status.Reason!);

        var after = (await source.GetPropertiesAsync()).Value;
        Assert.Equal(before.ETag, after.ETag);
        Assert.Empty(await _site.Web.GetBlobsAsync().ToListAsync());
    }

    [Fact]
    public async Task A_broken_file_does_not_block_the_others()
    {
        var broken = await _site.UploadAsync("kapot.md", "---\ntitle: [\n---\n");
        var good = await _site.UploadAsync("goed.md", "---\ntitle: Goed\n---\nTekst");
        await Task.WhenAll(_site.TriggerAsync(broken), _site.TriggerAsync(good));
        Assert.Equal("Failed", (await _site.StatusAsync("kapot.md"))!.Status);
        Assert.NotNull(await _site.PageAsync("goed"));
    }

    [Fact]
    public async Task The_same_content_twice_writes_nothing_the_second_time()
    {
        var blob = await _site.PublishAsync("a.md", "---\ntitle: Een\ntags: [x]\n---\nTekst");
        var snapshot = await SnapshotAsync();

        _site.Clock.Advance(TimeSpan.FromHours(1));
        await _site.TriggerAsync(blob);
        await blob.UploadAsync(new BinaryData("---\ntitle: Een\ntags: [x]\n---\nTekst"u8.ToArray()), overwrite: true);
        await _site.TriggerAsync(blob);

        Assert.Equal(snapshot, await SnapshotAsync());
    }

    [Fact]
    public async Task An_edit_moves_lastmod_and_never_date()
    {
        var firstSeen = _site.Clock.GetUtcNow();
        await _site.PublishAsync("a.md", "---\ntitle: Versie een\n---\nTekst");

        _site.Clock.Advance(TimeSpan.FromDays(3));
        var edited = _site.Clock.GetUtcNow();
        await _site.PublishAsync("a.md", "---\ntitle: Versie twee\n---\nTekst");

        var row = await _site.Get<ArticleTable>().GetAsync("a");
        Assert.Equal("Versie twee", row!.Title);
        Assert.Equal(firstSeen, row.Date);
        Assert.Equal(edited, row.Updated);
        Assert.Contains("Versie twee", (await _site.PageAsync("a"))!.Value.Html);
        Assert.Contains("bijgewerkt op", (await _site.PageAsync("a"))!.Value.Html);

        _site.Clock.Advance(TimeSpan.FromDays(3));
        await _site.PublishAsync("a.md", "---\ntitle: Versie twee\n---\nTekst");
        Assert.Equal(edited, (await _site.Get<ArticleTable>().GetAsync("a"))!.Updated);
    }

    [Fact]
    public async Task A_slug_belongs_to_the_blob_that_had_it_first()
    {
        await _site.PublishAsync("eerste.md", "---\ntitle: Eerste\nslug: zelfde\n---\n");
        await _site.PublishAsync("tweede.md", "---\ntitle: Tweede\nslug: zelfde\n---\n");

        Assert.Equal("Published", (await _site.StatusAsync("eerste.md"))!.Status);
        var loser = await _site.StatusAsync("tweede.md");
        Assert.Equal("Failed", loser!.Status);
        Assert.Equal("slug 'zelfde' is already used by 'eerste.md', which had it first: give 'tweede.md' another slug (front matter 'slug: ...')", loser.Reason);
        Assert.Contains("Eerste", (await _site.PageAsync("zelfde"))!.Value.Html);

        // An edit of the owner keeps the slug; the loser stays out.
        await _site.PublishAsync("eerste.md", "---\ntitle: Eerste bewerkt\nslug: zelfde\n---\n");
        Assert.Contains("Eerste bewerkt", (await _site.PageAsync("zelfde"))!.Value.Html);
    }

    [Fact]
    public async Task Two_blobs_racing_for_one_slug_end_with_one_owner()
    {
        for (var round = 0; round < 5; round++)
        {
            var slug = $"race-{round}";
            var a = await _site.UploadAsync($"a{round}.md", $"---\ntitle: A\nslug: {slug}\n---\n");
            var b = await _site.UploadAsync($"b{round}.md", $"---\ntitle: B\nslug: {slug}\n---\n");
            await Task.WhenAll(_site.TriggerAsync(a), _site.TriggerAsync(b), _site.TriggerAsync(a), _site.TriggerAsync(b));

            var statuses = new[] { await _site.StatusAsync(a.Name), await _site.StatusAsync(b.Name) };
            var owner = (await _site.Get<ArticleTable>().GetAsync(slug))!.Owner;
            var winner = Assert.Single(statuses, s => s!.Status == "Published");
            var loser = Assert.Single(statuses, s => s!.Status == "Failed");
            Assert.Equal(owner, winner!.BlobName);
            Assert.Contains($"'{owner}'", loser!.Reason);
            Assert.Contains($"'{loser.BlobName}'", loser.Reason);
            Assert.Contains(owner == a.Name ? "<h1>A</h1>" : "<h1>B</h1>", (await _site.PageAsync(slug))!.Value.Html);
        }
    }

    [Fact]
    public async Task A_broken_new_version_fails_while_the_last_good_page_stays_online()
    {
        await _site.PublishAsync("a.md", "---\ntitle: Goede versie\ntags: [x]\n---\nTekst");
        var pageBefore = (await _site.PageAsync("a"))!.Value;

        await _site.PublishAsync("a.md", "---\ntitle: Kapotte versie\ndate: morgen\n---\nTekst");

        var status = await _site.StatusAsync("a.md");
        Assert.Equal("Failed", status!.Status);
        Assert.StartsWith("front matter line 3, 'date': 'morgen' is not an ISO 8601 date", status.Reason);
        Assert.Equal("a", status.Slug);
        var pageAfter = (await _site.PageAsync("a"))!.Value;
        Assert.Equal(pageBefore.Properties.ETag, pageAfter.Properties.ETag);
        Assert.Equal("Goede versie", (await _site.Get<ArticleTable>().GetAsync("a"))!.Title);
        Assert.Single(await _site.Get<ListingIndex>().PageAsync(ListingRecord.TagPartition("x"), 10));

        await _site.PublishAsync("a.md", "---\ntitle: Hersteld\ntags: [x]\n---\nTekst");
        Assert.Equal("Published", (await _site.StatusAsync("a.md"))!.Status);
        Assert.Contains("Hersteld", (await _site.PageAsync("a"))!.Value.Html);
    }

    [Fact]
    public async Task Future_draft_and_expired_articles_are_published_nowhere()
    {
        await _site.PublishAsync("later.md", "---\ntitle: Later\ndate: 2025-11-21T09:00:00+01:00\n---\n");
        await _site.PublishAsync("klad.md", "---\ntitle: Klad\ndraft: true\n---\n");
        await _site.PublishAsync("oud.md", "---\ntitle: Oud\nexpiryDate: 2025-01-01\n---\n");

        Assert.Equal("Scheduled", (await _site.StatusAsync("later.md"))!.Status);
        Assert.Equal("Draft", (await _site.StatusAsync("klad.md"))!.Status);
        Assert.Equal("Expired", (await _site.StatusAsync("oud.md"))!.Status);
        Assert.Empty(await _site.Web.GetBlobsAsync().ToListAsync());
        Assert.Empty(await _site.Get<ListingIndex>().PageAsync(ListingRecord.AllPartition, 10));
    }

    [Fact]
    public async Task Turning_a_published_article_into_a_draft_takes_it_offline()
    {
        await _site.PublishAsync("a.md", "---\ntitle: A\ntags: [x]\n---\n");
        await _site.PublishAsync("a.md", "---\ntitle: A\ntags: [x]\ndraft: true\n---\n");
        Assert.Null(await _site.PageAsync("a"));
        Assert.Empty(await _site.Get<ListingIndex>().PageAsync(ListingRecord.AllPartition, 10));
        Assert.Empty(await _site.Get<ListingIndex>().PageAsync(ListingRecord.TagPartition("x"), 10));
    }

    [Fact]
    public async Task A_new_slug_moves_the_page_and_frees_the_old_slug()
    {
        await _site.PublishAsync("a.md", "---\ntitle: A\nslug: oud\n---\n");
        await _site.PublishAsync("a.md", "---\ntitle: A\nslug: nieuw\n---\n");
        Assert.Null(await _site.PageAsync("oud"));
        Assert.NotNull(await _site.PageAsync("nieuw"));
        Assert.Null(await _site.Get<ArticleTable>().GetAsync("oud"));

        await _site.PublishAsync("b.md", "---\ntitle: B\nslug: oud\n---\n");
        Assert.Equal("Published", (await _site.StatusAsync("b.md"))!.Status);
    }

    [Fact]
    public async Task Assets_are_published_to_media_and_active_types_are_downloads()
    {
        var png = await _site.UploadAsync("2025/beelden/grafiek.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        var svg = await _site.UploadAsync("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        await _site.TriggerAsync(png);
        await _site.TriggerAsync(svg);

        var media = (await _site.Web.GetBlobClient("media/2025/beelden/grafiek.png").GetPropertiesAsync()).Value;
        Assert.Equal("image/png", media.ContentType);
        Assert.Equal("public, max-age=86400", media.CacheControl);
        Assert.Null(media.ContentDisposition);
        Assert.Equal("attachment", (await _site.Web.GetBlobClient("media/logo.svg").GetPropertiesAsync()).Value.ContentDisposition);

        var etag = media.ETag;
        await _site.TriggerAsync(png);
        Assert.Equal(etag, (await _site.Web.GetBlobClient("media/2025/beelden/grafiek.png").GetPropertiesAsync()).Value.ETag);
    }

    [Fact]
    public async Task Script_in_an_article_never_reaches_the_page()
    {
        await _site.PublishAsync("xss.md", "---\ntitle: \"<script>alert(1)</script>\"\n---\n<script>alert(2)</script>\n\n[x](javascript:alert(3)) <img src=x onerror=alert(4)>");
        var html = (await _site.PageAsync("xss"))!.Value.Html;
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.All(page.Scripts, s => Assert.Equal("application/ld+json", s.Type));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every ETag the pipeline could have written, to prove a redelivery wrote nothing.</summary>
    private async Task<string> SnapshotAsync()
    {
        var parts = new List<string>();
        await foreach (var blob in _site.Web.GetBlobsAsync()) parts.Add($"{blob.Name}={blob.Properties.ETag}");
        await foreach (var blob in _site.Storage.RenderedContainer.GetBlobsAsync()) parts.Add($"{blob.Name}={blob.Properties.ETag}");
        foreach (var table in new[] { _site.Storage.SourcesTable, _site.Storage.ArticlesTable, _site.Storage.ListingTable })
            await foreach (var entity in table.QueryAsync<TableEntity>()) parts.Add($"{table.Name}/{entity.PartitionKey}/{entity.RowKey}={entity.ETag}");
        return string.Join('\n', parts);
    }
}
