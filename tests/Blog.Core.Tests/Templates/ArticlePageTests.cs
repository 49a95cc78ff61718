using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Blog.Core.Tests.Support;

namespace Blog.Core.Tests.Templates;

public class ArticlePageTests
{
    private static readonly Compilation.CompiledArticle Compiled =
        TestSite.Compile(TestSite.Fixture("articles", "leiderschap-in-transitie.md"), "2025/leiderschap-in-transitie.md");

    private static readonly IHtmlDocument Page = new HtmlParser().ParseDocument(Compiled.PageHtml);

    private static string? Meta(string selector) => Page.QuerySelector(selector)?.GetAttribute("content");

    [Fact]
    public void Is_a_complete_dutch_html5_page_with_title_description_and_canonical_url()
    {
        Assert.StartsWith("<!DOCTYPE html>", Compiled.PageHtml);
        Assert.Equal("nl-BE", Page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Leiderschap in transitie: wanneer een interim-manager het verschil maakt", Page.Title);
        Assert.StartsWith("Een organisatie in verandering", Meta("meta[name=description]"));
        Assert.Equal("https://blog.example.be/articles/leiderschap-in-transitie", Page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Has_opengraph_and_twitter_card_tags()
    {
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("https://blog.example.be/articles/leiderschap-in-transitie", Meta("meta[property='og:url']"));
        Assert.Equal("https://blog.example.be/media/2025/beelden/transitie-cover.jpg", Meta("meta[property='og:image']"));
        Assert.Equal("nl_BE", Meta("meta[property='og:locale']"));
        Assert.Equal("2025-11-20T09:00:00+01:00", Meta("meta[property='article:published_time']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal(Page.Title, Meta("meta[name='twitter:title']"));
    }

    [Fact]
    public void Has_json_ld_blogposting()
    {
        var script = Page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);
        var root = json.RootElement;
        Assert.Equal("BlogPosting", root.GetProperty("@type").GetString());
        Assert.Equal(Page.Title, root.GetProperty("headline").GetString());
        Assert.Equal("2025-11-20T09:00:00+01:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("2025-11-24T00:00:00+01:00", root.GetProperty("dateModified").GetString());
        Assert.Equal("Els Vermeulen", root.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void Shows_published_and_updated_dates_in_dutch_with_machine_readable_times()
    {
        var times = Page.QuerySelectorAll("article time").Select(t => (t.GetAttribute("datetime"), t.TextContent)).ToList();
        Assert.Equal([("2025-11-20T09:00:00+01:00", "20 november 2025"), ("2025-11-24T00:00:00+01:00", "24 november 2025")], times);
    }

    [Fact]
    public void Links_tags_to_their_pages_and_shows_reading_time_and_toc()
    {
        var tags = Page.QuerySelectorAll("ul.tags a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Interim management", "https://blog.example.be/tags/interim-management"), tags);
        Assert.Contains($"{Compiled.Article.ReadingTimeMinutes} min lezen", Page.QuerySelector(".article-meta")!.TextContent);
        Assert.Equal(8, Page.QuerySelectorAll("nav.toc li a").Length);
        Assert.Equal("#waarom-organisaties-kiezen-voor-interim-management", Page.QuerySelector("nav.toc li a")!.GetAttribute("href"));
    }

    [Fact]
    public void Advertises_the_three_feeds()
    {
        var feeds = Page.QuerySelectorAll("link[rel=alternate]").Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();
        Assert.Equal([("application/rss+xml", "https://blog.example.be/feed.xml"), ("application/atom+xml", "https://blog.example.be/atom.xml"), ("application/feed+json", "https://blog.example.be/feed.json")], feeds);
    }

    [SkippableFact]
    public void Passes_the_nu_html_checker_with_zero_errors()
    {
        Skip.If(NuHtmlChecker.JarPath is null, "vnu.jar missing: run npm ci at the repo root");
        Skip.IfNot(NuHtmlChecker.JavaAvailable, "Java is not installed: the Nu Html Checker needs it");
        var dir = Directory.CreateTempSubdirectory("pages-");
        var pages = new Dictionary<string, string>
        {
            ["long.html"] = Compiled.PageHtml,
            ["minimal.html"] = TestSite.Compile("---\ntitle: Kort\n---\n").PageHtml,
            ["extras.html"] = TestSite.Compile("---\ntitle: 'Alles <b>samen</b> & meer'\ntags: Één, twee\n---\n^^^\n![x](a.png)\n^^^ Bijschrift\n\n# Tweede h1\n\n- [ ] taak\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\nTekst[^n]\n\n[^n]: Noot\n\n<script>x</script>\n").PageHtml,
        };
        var files = pages.Select(p => { var f = Path.Combine(dir.FullName, p.Key); File.WriteAllText(f, p.Value); return f; }).ToArray();
        Assert.Empty(NuHtmlChecker.Errors(files));
    }
}
