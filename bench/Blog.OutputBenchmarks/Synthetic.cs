using System.Globalization;
using System.Text;
using Blog.Core.Model;
using Blog.Core.Syndication;

namespace Blog.OutputBenchmarks;

/// <summary>
/// N synthetic articles, newest first, generated lazily and deterministically (article i depends on i
/// only): Dutch titles of ~60 characters, summaries of ~250, 1-3 tags out of 20, bodies of ~8 KB.
/// Nothing of the list is held: each enumeration rebuilds the articles one by one.
/// </summary>
internal sealed class Synthetic(int count)
{
    public const string BaseUrl = "https://blog.example.be";
    private static readonly DateTimeOffset Newest = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly TimeZoneInfo Zone = FindZone();

    private static readonly string[] Words =
    [
        "leiderschap", "teams", "verandering", "vertrouwen", "feedback", "strategie", "cultuur", "gesprekken",
        "wendbaarheid", "motivatie", "samenwerking", "coaching", "organisatie", "doelen", "energie", "groei",
        "veerkracht", "keuzes", "overleg", "talent", "werkvloer", "richting", "beslissingen", "innovatie",
    ];
    private static readonly string[] Openers =
    [
        "Waarom", "Hoe", "Vijf lessen over", "Wat we leerden van", "De kunst van", "Tien vragen over",
        "Minder praten, meer", "Een nieuwe kijk op", "Het echte werk achter", "Zo bouw je aan",
    ];

    public static readonly Tag[] Tags =
    [
        .. new[]
        {
            "Leiderschap", "Teamwerk", "Communicatie", "Verandermanagement", "Coaching", "Strategie", "Cultuur",
            "Feedback", "Productiviteit", "Welzijn", "Innovatie", "Duurzaamheid", "Digitalisering", "HR",
            "Onderwijs", "Zorg", "Overheid", "Ondernemen", "Loopbaan", "Vergaderen",
        }.Select(name => new Tag(name, name.ToLowerInvariant())),
    ];

    /// <summary>32 bodies of ~8 KB, shared: in production each comes from its own blob, here the writers are measured, not the generator.</summary>
    private static readonly string[] Bodies = [.. Enumerable.Range(0, 32).Select(Body)];

    public int Count => count;

    /// <summary>Every article, newest first, built as it is read (the production sitemap query is in this order).</summary>
    public IEnumerable<FeedEntry> Articles(bool withHtml = true)
    {
        for (var i = 0; i < count; i++) yield return Entry(i, withHtml);
    }

    /// <summary>The newest <paramref name="take"/> articles with the tag (a tag partition of the listing table), materialised as SitePublisher does.</summary>
    public List<FeedEntry> NewestWithTag(Tag tag, int take) =>
        [.. Articles().Where(e => e.Item.Tags.Contains(tag)).Take(take)];

    /// <summary>The sitemap's URLs in SitePublisher's order: home, tag pages by slug, articles newest first; lazily.</summary>
    public IEnumerable<SitemapUrl> SitemapUrls()
    {
        yield return new SitemapUrl(BaseUrl + "/", SiteTime(Newest.AddMinutes(30)));
        foreach (var tag in Tags.OrderBy(t => t.Slug, StringComparer.Ordinal))
            yield return new SitemapUrl($"{BaseUrl}/tags/{tag.Slug}", SiteTime(Newest));
        for (var i = 0; i < count; i++)
        {
            var updated = Newest.AddHours(-i).AddMinutes(30);
            yield return new SitemapUrl($"{BaseUrl}/articles/{Slug(i)}", SiteTime(updated.ToUniversalTime()));
        }
    }

    private static DateTimeOffset? SiteTime(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    private static FeedEntry Entry(int i, bool withHtml)
    {
        var random = new Random(i);
        var date = Newest.AddHours(-i);
        var updated = date.AddMinutes(30);
        var tagCount = 1 + random.Next(3);
        var tags = new List<Tag>(tagCount);
        while (tags.Count < tagCount)
        {
            var tag = Tags[random.Next(Tags.Length)];
            if (!tags.Contains(tag)) tags.Add(tag);
        }
        var slug = Slug(i);
        var item = new ArticleItem(slug, Title(i), Summary(random), date.ToString("O", CultureInfo.InvariantCulture),
            updated.ToString("O", CultureInfo.InvariantCulture), tags, "Els Peeters", 4 + random.Next(8),
            $"{BaseUrl}/articles/{slug}", i % 3 == 0 ? $"{BaseUrl}/media/{slug}/cover.jpg" : null);
        return new FeedEntry(item, date, updated, withHtml ? Bodies[i % Bodies.Length] : null);
    }

    private static string Slug(int i) => string.Create(CultureInfo.InvariantCulture, $"{Words[i % Words.Length]}-en-{Words[(i / Words.Length) % Words.Length]}-{i}");

    private static string Title(int i)
    {
        // ~60 characters: opener + three words + the number, capitalised as a Dutch headline.
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{Openers[i % Openers.Length]} {Words[(i * 7) % Words.Length]} en {Words[(i * 11 + 3) % Words.Length]} in {Words[(i * 13 + 5) % Words.Length]} ({i})");
        return title.Length > 64 ? title[..64] : title;
    }

    private static string Summary(Random random)
    {
        var sb = new StringBuilder(260);
        sb.Append("Een praktische blik op ");
        while (sb.Length < 240)
        {
            sb.Append(Words[random.Next(Words.Length)]).Append(' ');
            if (random.Next(6) == 0) sb.Append("en wat dat betekent voor je ").Append(Words[random.Next(Words.Length)]).Append(", ");
        }
        sb.Append("— met voorbeelden uit de praktijk.");
        return sb.ToString();
    }

    private static string Body(int seed)
    {
        var random = new Random(1000 + seed);
        var sb = new StringBuilder(8400);
        while (sb.Length < 8000)
        {
            if (random.Next(5) == 0)
                sb.Append("<h2>").Append(Words[random.Next(Words.Length)]).Append(" &amp; ").Append(Words[random.Next(Words.Length)]).Append("</h2>\n");
            sb.Append("<p>");
            for (var w = 0; w < 60; w++)
            {
                if (w > 0) sb.Append(' ');
                if (random.Next(25) == 0)
                    sb.Append("<a href=\"").Append(BaseUrl).Append("/articles/").Append(Words[random.Next(Words.Length)]).Append("\">")
                      .Append(Words[random.Next(Words.Length)]).Append("</a>");
                else if (random.Next(30) == 0) sb.Append("<em>").Append(Words[random.Next(Words.Length)]).Append("</em>");
                else sb.Append(Words[random.Next(Words.Length)]);
            }
            sb.Append(".</p>\n");
        }
        sb.Append("<p><img src=\"").Append(BaseUrl).Append("/media/figuur.jpg\" alt=\"Figuur: één beeld\"></p>\n");
        return sb.ToString();
    }

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
