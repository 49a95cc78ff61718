using Blog.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Functions.Tests.Hostile;

/// <summary>
/// Every reader route with nasty values in its route parameters, query and conditional headers:
/// only 2xx, 3xx, 304, 400, 404 or 410, never a 500, never a file outside <c>$web</c>.
/// </summary>
[Trait("Category", "Azurite")]
public sealed class HostileReaderTests : IAsyncLifetime
{
    private static readonly int[] Allowed = [200, 301, 304, 400, 404, 410];

    public static readonly string[] Nasty =
    [
        "", " ", "..", "../..", "../../../etc/passwd", "..%2F..%2Fsecret", "%2e%2e%2f", "a/../../b", "\\..\\..\\windows",
        "articles/../sources", "$web", "rendered", "%00", "\0", "a\u0000b", "\u202Eevil", "ﬁ", "Ä", "é", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uD800",
        new string('a', 81), new string('a', 5000), new string('/', 300), "-", "--", "a--b", "A", "<script>", "' or 1=1 --",
        "PartitionKey eq 'source'", "%", "%%", "%zz", "?", "#", "*", "*/*", "\r\nSet-Cookie: x=1", "een", "klad", "weg",
    ];

    public static readonly (string Name, string Value)[][] Headers =
    [
        [],
        [("If-None-Match", "*")],
        [("If-None-Match", "\"unterminated")],
        [("If-None-Match", new string('"', 1000))],
        [("If-None-Match", "W/\"x\", \"y\", garbage")],
        [("If-Modified-Since", "not a date")],
        [("If-Modified-Since", "Mon, 01 Jan 9999 00:00:00 GMT")],
        [("If-Modified-Since", "Mon, 01 Jan 0001 00:00:00 GMT")],
        [("Accept", "text/html")],
    ];

    private readonly PipelineFixture _site = new();

    public async Task InitializeAsync()
    {
        await _site.PublishAsync("een.md", "---\ntitle: Een\ntags: [x]\naliases: [/oud]\n---\nTekst.");
        await _site.PublishAsync("klad.md", "---\ntitle: Klad\ndraft: true\n---\nGeheim.");
        var weg = await _site.PublishAsync("weg.md", "---\ntitle: Weg\n---\nTekst.");
        await _site.Get<Blog.Storage.Publishing.SitePublisher>().RunAsync();
        await weg.DeleteAsync();
        await _site.Get<Blog.Storage.Publishing.SitePublisher>().RunAsync();
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    private IEnumerable<(string Route, Func<HttpRequest, string, Task<IActionResult>> Call)> Routes() =>
    [
        ("/api/articles/{v}", (r, v) => _site.Get<GetArticle>().Run(r, v, default)),
        ("/articles/{v}", (r, v) => _site.Get<ServeArticlePage>().Run(r, v, default)),
        ("/tags/{v}", (r, v) => _site.Get<TagPage>().Run(r, v, default)),
        ("/tags/{v}/feed.xml", (r, v) => _site.Get<ServeTagFeed>().Run(r, v, default)),
        ("/sitemap-{v}.xml", (r, v) => _site.Get<ServeSitemapPart>().Run(r, v, default)),
        ("/{v}", (r, v) => _site.Get<SitePages>().Run(r, v, default)),
        ("/api/articles?cursor={v}", (r, _) => _site.Get<ListArticles>().Run(r, default)),
        ("/api/articles?tag={v}&pageSize={v}", (r, _) => _site.Get<ListArticles>().Run(r, default)),
        ("/?cursor={v}&back={v}", (r, _) => _site.Get<SitePages>().Run(r, null, default)),
        ("/api/tags", (r, _) => _site.Get<ListTags>().Run(r, default)),
        ("/feed.xml", (r, _) => _site.Get<ServeRssFeed>().Run(r, default)),
        ("/sitemap.xml", (r, _) => _site.Get<ServeSitemap>().Run(r, default)),
    ];

    [Fact]
    public async Task Nasty_input_on_every_route_gets_a_client_answer_never_a_500()
    {
        var failures = new List<string>();
        foreach (var (route, call) in Routes())
        foreach (var value in Nasty)
        foreach (var headers in Headers)
        {
            var query = route.Contains('?', StringComparison.Ordinal) ? route[route.IndexOf('?', StringComparison.Ordinal)..].Replace("{v}", Uri.EscapeDataString(Safe(value)), StringComparison.Ordinal) : "";
            var request = HttpCall.Request("/x" + query, headers);
            HttpAnswer answer;
            try
            {
                answer = await HttpCall.RunAsync(request, r => call(r, value));
            }
            catch (Exception ex)
            {
                failures.Add($"{route} '{Show(value)}' {Show(headers)}: threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }
            if (!Allowed.Contains(answer.Status))
                failures.Add($"{route} '{Show(value)}' {Show(headers)}: {answer.Status}");
            if (answer.Body.Contains("Geheim", StringComparison.Ordinal))
                failures.Add($"{route} '{Show(value)}': a draft's text leaked");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    [Fact]
    public async Task A_removed_article_is_410_and_a_draft_is_404()
    {
        Assert.Equal(410, (await HttpCall.RunAsync(HttpCall.Request("/articles/weg"), r => _site.Get<ServeArticlePage>().Run(r, "weg", default))).Status);
        Assert.Equal(404, (await HttpCall.RunAsync(HttpCall.Request("/articles/klad"), r => _site.Get<ServeArticlePage>().Run(r, "klad", default))).Status);
        Assert.Equal(404, (await HttpCall.RunAsync(HttpCall.Request("/api/articles/klad"), r => _site.Get<GetArticle>().Run(r, "klad", default))).Status);
    }

    // Query strings cannot carry lone surrogates or NUL through Uri; the route values test those.
    private static string Safe(string value) => new(value.Where(c => !char.IsSurrogate(c) && c != '\0').ToArray());

    private static string Show(string value) => value.Length > 40 ? value[..40] + "…" : value.Replace("\0", "\\0", StringComparison.Ordinal);

    private static string Show((string Name, string Value)[] headers) => string.Join(";", headers.Select(h => $"{h.Name}: {(h.Value.Length > 20 ? h.Value[..20] : h.Value)}"));
}
