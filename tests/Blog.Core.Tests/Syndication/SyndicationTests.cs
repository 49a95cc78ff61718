using System.Xml.Linq;
using Blog.Core.Model;
using Blog.Core.Syndication;

namespace Blog.Core.Tests.Syndication;

public class SyndicationTests
{
    private static readonly XNamespace Sm = SitemapWriter.Ns;

    [Fact]
    public void Rfc822_uses_english_names_and_a_numeric_offset()
    {
        Assert.Equal("Thu, 20 Nov 2025 09:00:00 +0100", XmlText.Rfc822(new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal("Sun, 06 Jul 2025 23:05:09 -0530", XmlText.Rfc822(new DateTimeOffset(2025, 7, 6, 23, 5, 9, TimeSpan.FromHours(-5.5))));
    }

    [Fact]
    public void Characters_xml_forbids_are_dropped_and_emoji_kept() =>
        Assert.Equal("ab😀c", XmlText.Clean("a\u0001b\uFFFE😀\uD800c"));

    [Fact]
    public void A_sitemap_of_100000_articles_becomes_an_index_of_parts_under_50000()
    {
        var urls = Enumerable.Range(0, 100_001).Select(i => new SitemapUrl($"https://blog.example.be/articles/a-{i}", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).AddMinutes(i)));
        var files = new Dictionary<string, MemoryStream>();
        var names = SitemapWriter.Write(urls, "https://blog.example.be", name => files[name] = new MemoryStream()).ToList();

        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"], names);
        var counts = names.Take(3).Select(n => XDocument.Load(new MemoryStream(files[n].ToArray())).Descendants(Sm + "url").Count()).ToList();
        Assert.Equal([50_000, 50_000, 1], counts);
        Assert.All(names.Take(3), n => Assert.True(files[n].ToArray().Length < 50 * 1024 * 1024));
        var index = XDocument.Load(new MemoryStream(files["sitemap.xml"].ToArray()));
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(["https://blog.example.be/sitemap-1.xml", "https://blog.example.be/sitemap-2.xml", "https://blog.example.be/sitemap-3.xml"],
            index.Descendants(Sm + "loc").Select(l => l.Value));
    }

    [Fact]
    public void A_small_sitemap_is_one_urlset()
    {
        var files = new Dictionary<string, MemoryStream>();
        var names = SitemapWriter.Write([new SitemapUrl("https://blog.example.be/", null)], "https://blog.example.be", n => files[n] = new MemoryStream());
        Assert.Equal(["sitemap.xml"], names);
        Assert.Equal("urlset", XDocument.Load(new MemoryStream(files["sitemap.xml"].ToArray())).Root!.Name.LocalName);
    }

    [Fact]
    public void Feeds_of_many_items_stream_and_carry_the_same_ids()
    {
        var entries = Enumerable.Range(0, 1000).Select(i => new FeedEntry(
            new ArticleItem($"a-{i}", $"Titel {i}", "Samenvatting", "2025-11-20T09:00:00+01:00", "2025-11-21T09:00:00+01:00", [new Tag("Leiderschap", "leiderschap")], "Els", 3, $"https://blog.example.be/articles/a-{i}", null),
            new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2025, 11, 21, 9, 0, 0, TimeSpan.FromHours(1)), "<p>Tekst</p>")).ToList();
        var channel = new FeedChannel("Inzicht", "Artikels", "nl-BE", "https://blog.example.be/", "https://blog.example.be/feed.xml", entries[0].Updated, "Redactie");
        using var rss = new MemoryStream();
        using var atom = new MemoryStream();
        using var json = new MemoryStream();
        RssWriter.Write(rss, channel, entries);
        AtomWriter.Write(atom, channel, entries);
        JsonFeedWriter.Write(json, channel, entries);

        var guids = XDocument.Load(new MemoryStream(rss.ToArray())).Descendants("guid").Select(g => g.Value).ToList();
        XNamespace a = "http://www.w3.org/2005/Atom";
        var ids = XDocument.Load(new MemoryStream(atom.ToArray())).Descendants(a + "entry").Select(e => e.Element(a + "id")!.Value).ToList();
        var jsonIds = System.Text.Json.JsonDocument.Parse(json.ToArray()).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(1000, guids.Count);
        Assert.Equal(guids, ids);
        Assert.Equal(guids, jsonIds);
    }
}
