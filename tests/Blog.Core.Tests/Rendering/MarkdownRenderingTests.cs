using Blog.Core.Rendering;
using Blog.Core.Tests.Support;

namespace Blog.Core.Tests.Rendering;

public class MarkdownRenderingTests
{
    private static readonly Compilation.CompiledArticle Long = TestSite.Compile(
        TestSite.Fixture("articles", "leiderschap-in-transitie.md"), "2025/leiderschap-in-transitie.md",
        new Dictionary<string, string> { ["2025/opvolgingsplanning.md"] = "opvolging-in-de-raad" });

    [Fact]
    public void Renders_the_blog_extensions()
    {
        var html = Long.BodyHtml;
        Assert.Contains("<table>", html);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"Afgerond\" />", html);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" aria-label=\"Nog te doen\" />", html);
        Assert.Contains("class=\"footnotes\"", html);
        Assert.Contains("<h2 id=\"waarom-organisaties-kiezen-voor-interim-management\">", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("<a href=\"https://www.example.be/interim\">", html);
        var figure = TestSite.CompileBody("^^^\n![x](a.png)\n^^^ Bijschrift").BodyHtml;
        Assert.Contains("<figcaption>Bijschrift</figcaption>", figure);
        var extras = TestSite.CompileBody("~~weg~~ ==belangrijk== H~2~O x^2^").BodyHtml;
        Assert.Contains("<del>weg</del>", extras);
        Assert.Contains("<mark>belangrijk</mark>", extras);
        Assert.Contains("<sub>2</sub>", extras);
    }

    [Fact]
    public void Builds_the_table_of_contents_from_level_2_and_3_headings() =>
        Assert.Equal(
            ["Waarom organisaties kiezen voor interim management", "Het verschil met een consultant", "Zo kiest u de juiste kandidaat",
             "Referenties die ertoe doen", "De eerste honderd dagen", "Communicatie als hefboom", "Wat kost een interim-manager?", "Tot slot"],
            Long.Toc.Select(t => t.Text));

    [Fact]
    public void Rewrites_relative_links_to_assets_and_articles_as_absolute_urls()
    {
        var html = Long.BodyHtml;
        Assert.Contains("href=\"https://blog.example.be/articles/opvolging-in-de-raad\"", html);
        Assert.Contains("href=\"https://blog.example.be/media/2025/documenten/checklist-100-dagen.pdf\"", html);
        Assert.Contains("src=\"https://blog.example.be/media/2025/beelden/dagtarieven-2025.png\"", html);
        Assert.Contains("href=\"https://blog.example.be/feed.xml\"", html);
        Assert.Contains("href=\"mailto:info@example.be\"", html);
        Assert.Equal("https://blog.example.be/media/2025/beelden/transitie-cover.jpg", Long.Article.Image);
    }

    [Theory]
    [InlineData("[a](../andere.md#deel)", "https://blog.example.be/articles/andere#deel")]
    [InlineData("[a](mijn%20foto.jpg)", "https://blog.example.be/media/map/mijn%20foto.jpg")]
    [InlineData("[a](#sectie)", "#sectie")]
    [InlineData("[a](//cdn.example.com/x.js)", "https://cdn.example.com/x.js")]
    public void Resolves_link_targets_against_the_article_folder(string markdown, string href)
    {
        var html = TestSite.Compile($"---\ntitle: T\n---\n{markdown}\n", "map/artikel.md").BodyHtml;
        Assert.Contains($"href=\"{href}\"", html);
    }

    [Fact]
    public void A_link_climbing_out_of_the_container_is_unwrapped() =>
        Assert.DoesNotContain("<a", TestSite.Compile("---\ntitle: T\n---\n[geheim](../../x.md)\n", "map/a.md").BodyHtml);

    [Fact]
    public void Summary_falls_back_to_the_first_paragraph_cut_at_a_word()
    {
        var words = string.Join(' ', Enumerable.Repeat("leiderschap", 60));
        var article = TestSite.Compile($"---\ntitle: T\n---\n## Kop\n\n**Eerste** [alinea]({"https://x.be"}) {words}\n\nTweede.").Article;
        Assert.StartsWith("Eerste alinea leiderschap", article.Summary);
        Assert.True(article.Summary.Length <= 300);
        Assert.EndsWith("leiderschap…", article.Summary);
    }

    [Fact]
    public void Reading_time_uses_210_words_per_minute()
    {
        Assert.Equal(1, ReadingTime.Minutes(0));
        Assert.Equal(5, ReadingTime.Minutes(1050));
        var article = TestSite.Compile("---\ntitle: T\n---\n" + string.Join(' ', Enumerable.Repeat("woord", 2100))).Article;
        Assert.Equal(10, article.ReadingTimeMinutes);
    }

    [Fact]
    public void Missing_dates_default_to_first_seen_and_content_change() =>
        Assert.Equal(TestSite.FirstSeen, TestSite.CompileBody("x").Article.Date);

    [Fact]
    public void An_imported_article_without_lastmod_is_not_shown_as_updated_when_first_seen()
    {
        var article = TestSite.Compile("---\ntitle: Oud\ndate: 2019-05-01\n---\nTekst").Article;
        Assert.Equal(article.Date, article.Updated);
        var compiler = TestSite.Compiler();
        var edited = compiler.Render(compiler.Parse("a.md", "---\ntitle: Oud\ndate: 2019-05-01\n---\nBewerkt"u8), TestSite.FirstSeen, TestSite.FirstSeen.AddDays(2), new Dictionary<string, string>()).Article;
        Assert.Equal(TestSite.FirstSeen.AddDays(2), edited.Updated);
    }

    [Fact]
    public void Tags_keep_their_spelling_and_get_a_url_form()
    {
        var tags = TestSite.Compile("---\ntitle: T\ntags: [Interim Management, interim management, Één]\n---\n").Article.Tags;
        Assert.Equal([new("Interim Management", "interim-management"), new("Één", "een")], tags);
    }
}
