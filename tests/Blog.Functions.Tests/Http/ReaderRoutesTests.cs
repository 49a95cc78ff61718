using System.Text.Json;
using Blog.Functions.Tests.Support;

namespace Blog.Functions.Tests.Http;

/// <summary>The reader routes of contract section 3, called as the Functions host calls them, on Azurite.</summary>
[Trait("Category", "Azurite")]
public sealed class ReaderRoutesTests : IAsyncLifetime
{
    private readonly PipelineFixture _site = new();

    public async Task InitializeAsync()
    {
        await _site.PublishAsync("een.md", "---\ntitle: Een\ndate: 2025-01-01T09:00:00\ntags: [Leiderschap, Interim management]\naliases: [/2019/oud-artikel/]\n---\nEerste **alinea**.\n\n## Kop een\n\n## Kop twee\n");
        await _site.PublishAsync("twee.md", "---\ntitle: Twee\ndate: 2025-02-01T09:00:00\ntags: [Leiderschap]\n---\nTekst.");
        await _site.PublishAsync("drie.md", "---\ntitle: Drie\ndate: 2025-03-01T09:00:00\n---\nTekst.");
        await _site.PublishAsync("klad.md", "---\ntitle: Klad\ndraft: true\ntags: [Leiderschap]\n---\nTekst.");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    private Task<HttpAnswer> Articles(string query, params (string, string)[] headers) =>
        HttpCall.RunAsync(HttpCall.Request("/api/articles" + query, headers), r => _site.Get<ListArticles>().Run(r, default));

    [Fact]
    public async Task Articles_page_newest_first_with_a_cursor_to_the_next_page()
    {
        var first = await Articles("?pageSize=2");
        Assert.Equal(200, first.Status);
        Assert.Equal("application/json; charset=utf-8", first.Header("Content-Type"));
        using var json = JsonDocument.Parse(first.Body);
        Assert.Equal(["drie", "twee"], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        var item = json.RootElement.GetProperty("items")[1];
        Assert.Equal("2025-02-01T09:00:00+01:00", item.GetProperty("date").GetString());
        Assert.Equal("https://blog.example.be/articles/twee", item.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("image").ValueKind);
        Assert.Equal("leiderschap", item.GetProperty("tags")[0].GetProperty("slug").GetString());

        var cursor = json.RootElement.GetProperty("nextCursor").GetString();
        using var second = JsonDocument.Parse((await Articles("?pageSize=2&cursor=" + cursor)).Body);
        Assert.Equal(["een"], second.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Articles_of_one_tag_leave_out_drafts()
    {
        using var json = JsonDocument.Parse((await Articles("?tag=leiderschap")).Body);
        Assert.Equal(["twee", "een"], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("?pageSize=0")]
    [InlineData("?pageSize=101")]
    [InlineData("?pageSize=abc")]
    [InlineData("?cursor=bm9wZQ")]
    [InlineData("?tag=../etc")]
    public async Task Bad_input_gets_a_problem_400(string query)
    {
        var answer = await Articles(query);
        Assert.Equal(400, answer.Status);
        Assert.Equal("application/problem+json; charset=utf-8", answer.Header("Content-Type"));
        Assert.Equal(400, JsonDocument.Parse(answer.Body).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Every_get_has_validators_and_answers_304_when_unchanged()
    {
        var answer = await Articles("");
        var etag = answer.Header("ETag")!;
        Assert.NotNull(answer.Header("Last-Modified"));
        Assert.Equal("public, max-age=60", answer.Header("Cache-Control"));
        Assert.Equal(304, (await Articles("", ("If-None-Match", etag))).Status);
        Assert.Equal(304, (await Articles("", ("If-Modified-Since", answer.Header("Last-Modified")!))).Status);
        Assert.Equal(200, (await Articles("", ("If-None-Match", "\"other\""))).Status);
    }

    [Fact]
    public async Task A_cached_listing_shows_a_new_article_once_the_cache_lifetime_has_passed()
    {
        var before = await Articles("?pageSize=5");
        await _site.PublishAsync("vier.md", "---\ntitle: Vier\ndate: 2025-04-01T09:00:00\n---\nTekst.");
        var cached = await Articles("?pageSize=5");
        Assert.Equal(before.Body, cached.Body);
        Assert.Equal(304, (await Articles("?pageSize=5", ("If-None-Match", before.Header("ETag")!))).Status);

        _site.Clock.Advance(Functions.Http.ResponseCache.Lifetime);
        var fresh = await Articles("?pageSize=5");
        using var json = JsonDocument.Parse(fresh.Body);
        Assert.Equal("vier", json.RootElement.GetProperty("items")[0].GetProperty("slug").GetString());
        Assert.NotEqual(before.Header("ETag"), fresh.Header("ETag"));
    }

    [Fact]
    public async Task One_article_has_its_html_and_toc_and_unknown_slugs_get_404()
    {
        var answer = await HttpCall.RunAsync(HttpCall.Request("/api/articles/een"), r => _site.Get<GetArticle>().Run(r, "een", default));
        using var json = JsonDocument.Parse(answer.Body);
        Assert.Contains("<strong>alinea</strong>", json.RootElement.GetProperty("html").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("toc").GetArrayLength());
        Assert.Equal("Een", json.RootElement.GetProperty("title").GetString());

        foreach (var slug in new[] { "bestaat-niet", "klad", "../../secret", new string('a', 5000) })
        {
            var missing = await HttpCall.RunAsync(HttpCall.Request("/api/articles/x"), r => _site.Get<GetArticle>().Run(r, slug, default));
            Assert.Equal(404, missing.Status);
            Assert.Equal("application/problem+json; charset=utf-8", missing.Header("Content-Type"));
        }
    }

    [Fact]
    public async Task Tags_are_counted_over_published_articles()
    {
        var answer = await HttpCall.RunAsync(HttpCall.Request("/api/tags"), r => _site.Get<ListTags>().Run(r, default));
        using var json = JsonDocument.Parse(answer.Body);
        var tags = json.RootElement.EnumerateArray().Select(t => (t.GetProperty("name").GetString(), t.GetProperty("slug").GetString(), t.GetProperty("count").GetInt32())).ToList();
        Assert.Equal([("Interim management", "interim-management", 1), ("Leiderschap", "leiderschap", 2)], tags);

        await _site.PublishAsync("twee.md", "---\ntitle: Twee\ndate: 2025-02-01T09:00:00\n---\nZonder tag.");
        using var after = JsonDocument.Parse((await HttpCall.RunAsync(HttpCall.Request("/api/tags"), r => _site.Get<ListTags>().Run(r, default))).Body);
        Assert.Equal(1, after.RootElement.EnumerateArray().Single(t => t.GetProperty("slug").GetString() == "leiderschap").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_article_page_is_streamed_from_web_with_its_blob_etag()
    {
        var answer = await HttpCall.RunAsync(HttpCall.Request("/articles/een"), r => _site.Get<ServeArticlePage>().Run(r, "een", default));
        Assert.Equal(200, answer.Status);
        Assert.Equal("text/html; charset=utf-8", answer.Header("Content-Type"));
        Assert.Contains("<h1>Een</h1>", answer.Body);
        Assert.StartsWith("default-src 'none'", answer.Header("Content-Security-Policy"));
        Assert.Equal("nosniff", answer.Header("X-Content-Type-Options"));
        var blobETag = (await _site.Web.GetBlobClient("articles/een/index.html").GetPropertiesAsync()).Value.ETag.ToString("H");
        Assert.Equal(blobETag, answer.Header("ETag"));

        var again = await HttpCall.RunAsync(HttpCall.Request("/articles/een", ("If-None-Match", blobETag)), r => _site.Get<ServeArticlePage>().Run(r, "een", default));
        Assert.Equal(304, again.Status);
        Assert.Equal("", again.Body);
    }

    [Fact]
    public async Task An_alias_answers_301_to_its_article()
    {
        var answer = await HttpCall.RunAsync(HttpCall.Request("/2019/oud-artikel"), r => _site.Get<SitePages>().Run(r, "2019/oud-artikel", default));
        Assert.Equal(301, answer.Status);
        Assert.Equal("https://blog.example.be/articles/een", answer.Header("Location"));
    }

    [Fact]
    public async Task Home_and_tag_pages_list_articles_with_next_links_and_the_404_page_is_html()
    {
        var home = await HttpCall.RunAsync(HttpCall.Request("/"), r => _site.Get<SitePages>().Run(r, null, default));
        Assert.Equal(200, home.Status);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(home.Body);
        Assert.Equal(["Drie", "Twee", "Een"], page.QuerySelectorAll(".article-card h2 a").Select(a => a.TextContent));
        Assert.Equal("https://blog.example.be/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var tag = await HttpCall.RunAsync(HttpCall.Request("/tags/leiderschap"), r => _site.Get<TagPage>().Run(r, "leiderschap", default));
        Assert.Contains("<h1>Leiderschap</h1>", tag.Body);

        var missing = await HttpCall.RunAsync(HttpCall.Request("/nergens", ("Accept", "text/html")), r => _site.Get<SitePages>().Run(r, "nergens", default));
        Assert.Equal(404, missing.Status);
        Assert.Contains("Pagina niet gevonden", missing.Body);
        Assert.Contains("noindex", missing.Body);
    }

    [Fact]
    public async Task Html_listing_pages_link_next_and_prev()
    {
        for (var i = 0; i < 12; i++)
            await _site.PublishAsync($"extra{i:00}.md", $"---\ntitle: Extra {i}\ndate: 2024-01-{i + 1:00}T09:00:00\n---\nTekst.");
        var first = new AngleSharp.Html.Parser.HtmlParser().ParseDocument((await HttpCall.RunAsync(HttpCall.Request("/"), r => _site.Get<SitePages>().Run(r, null, default))).Body);
        var next = first.QuerySelector("link[rel=next]")!.GetAttribute("href")!;
        Assert.Null(first.QuerySelector("link[rel=prev]"));

        var secondRequest = HttpCall.Request(new Uri(next).PathAndQuery);
        var second = new AngleSharp.Html.Parser.HtmlParser().ParseDocument((await HttpCall.RunAsync(secondRequest, r => _site.Get<SitePages>().Run(r, null, default))).Body);
        Assert.Equal(5, second.QuerySelectorAll(".article-card").Length);
        Assert.Equal("https://blog.example.be/", second.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
    }
}
