using System.Diagnostics;
using System.Text;
using Blog.Core.FrontMatter;

namespace Blog.Core.Tests.FrontMatter;

public class FrontMatterParserTests
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
    private static readonly FrontMatterParser Parser = new(Brussels);

    private static ArticleFrontMatter Parse(string yaml) => Parser.Parse($"---\n{yaml}\n---\nBody\n").FrontMatter;

    private static string Error(string text) => Assert.Throws<ArticleException>(() => Parser.Parse(text)).Message;

    [Fact]
    public void Reads_every_contract_field()
    {
        var matter = Parse("""
            title: Interim managers
            date: 2025-11-20T09:00:00+01:00
            lastmod: 2025-11-24
            slug: Interim-Managers
            summary: Kort
            tags: [Leiderschap, Interim]
            author: Els
            draft: false
            expiryDate: 2026-12-31
            aliases: [/2019/oud/, oud-artikel]
            image: beelden/cover.jpg
            """);
        Assert.Equal("Interim managers", matter.Title);
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.FromHours(1)), matter.Date);
        Assert.Equal(new DateTimeOffset(2025, 11, 24, 0, 0, 0, TimeSpan.FromHours(1)), matter.LastMod);
        Assert.Equal("interim-managers", matter.Slug);
        Assert.Equal("Kort", matter.Summary);
        Assert.Equal(["Leiderschap", "Interim"], matter.Tags);
        Assert.Equal("Els", matter.Author);
        Assert.False(matter.Draft);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(1)), matter.ExpiryDate);
        Assert.Equal(["/2019/oud", "/oud-artikel"], matter.Aliases);
        Assert.Equal("beelden/cover.jpg", matter.Image);
    }

    [Fact]
    public void Accepts_hugo_aliases_and_comma_separated_tags()
    {
        var matter = Parse("Title: Hugo\nupdated: 2025-01-02\ndescription: Teaser\ncategories: Leiderschap, Rekrutering ,  \nDraft: true");
        Assert.Equal("Hugo", matter.Title);
        Assert.Equal(2025, matter.LastMod!.Value.Year);
        Assert.Equal("Teaser", matter.Summary);
        Assert.Equal(["Leiderschap", "Rekrutering"], matter.Tags);
        Assert.True(matter.Draft);
    }

    [Fact]
    public void Ignores_unknown_keys_so_hugo_content_uploads_as_it_is() =>
        Assert.Equal("T", Parse("title: T\nweight: 3\nparams:\n  toc: true\nkeywords: [a]").Title);

    [Fact]
    public void Reads_a_date_without_offset_in_brussels_time_winter_and_summer()
    {
        Assert.Equal(TimeSpan.FromHours(1), Parse("title: T\ndate: 2025-01-15 09:30").Date!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(2), Parse("title: T\ndate: 2025-07-15T09:30:00").Date!.Value.Offset);
        Assert.Equal(TimeSpan.Zero, Parse("title: T\ndate: 2025-07-15T09:30:00Z").Date!.Value.Offset);
    }

    [Fact]
    public void Moves_a_time_in_the_spring_forward_gap_to_after_it() =>
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 3, 30, 0, TimeSpan.FromHours(2)), Parse("title: T\ndate: 2025-03-30T02:30").Date);

    [Theory]
    [InlineData("title: T\ndate: 2025-02-30", "front matter line 3, 'date': '2025-02-30' is not a real calendar date")]
    [InlineData("title: T\ndate: 2025-13-01", "front matter line 3, 'date': '2025-13-01' is not a real calendar date")]
    [InlineData("title: T\ndate: 20 november 2025", "front matter line 3, 'date': '20 november 2025' is not an ISO 8601 date")]
    [InlineData("title: T\ndate: 2025-11-20T25:00", "front matter line 3, 'date': '2025-11-20T25:00' has an impossible time of day")]
    [InlineData("title: T\nlastmod: [2025]", "front matter line 3, 'lastmod': must be a date")]
    [InlineData("date: 2025-11-20", "front matter line 2, 'title': is missing or empty")]
    [InlineData("title: ''", "front matter line 2, 'title': is missing or empty")]
    [InlineData("title: [a, b]", "front matter line 2, 'title': must be text")]
    [InlineData("title: T\ndraft: ja", "front matter line 3, 'draft': must be true or false, not 'ja'")]
    [InlineData("title: T\ntitle: U", "front matter line 3, 'title': appears twice (first on line 2)")]
    [InlineData("title: T\ntags:\n  - {a: b}", "front matter line 4, 'tags': must be a list of words")]
    [InlineData("title: T\nslug: ../../etc/passwd", "front matter line 3, 'slug': '../../etc/passwd' must be one URL segment")]
    [InlineData("title: T\nslug: '!!!'", "front matter line 3, 'slug': '!!!' has no letters or digits")]
    [InlineData("title: T\naliases: ['javascript:alert(1)']", "front matter line 3, 'aliases': 'javascript:alert(1)' must be a path on this site")]
    [InlineData("title: T\nimage: 'javascript:alert(1)'", "front matter line 3, 'image': 'javascript:alert(1)' must be a relative path or an http(s) URL")]
    [InlineData("title: T\n  bad: indent", "front matter line 3: YAML syntax error")]
    [InlineData("title: \"unclosed", "front matter line 2: YAML syntax error")]
    [InlineData("- just\n- a list", "front matter line 2, 'front matter': must be a list of 'key: value' lines")]
    public void Names_the_line_and_the_field_of_every_mistake(string yaml, string expected) =>
        Assert.StartsWith(expected, Error($"---\n{yaml}\n---\nBody"));

    [Fact]
    public void Refuses_a_title_over_300_characters() =>
        Assert.Contains("the limit is 300", Error($"---\ntitle: {new string('a', 301)}\n---\n"));

    [Theory]
    [InlineData("Just text, no front matter.", "line 1: no front matter")]
    [InlineData("+++\ntitle = \"T\"\n+++\n", "line 1: TOML front matter (+++) is not supported")]
    [InlineData("---\ntitle: T\nBody without end", "line 1: the front matter is never closed")]
    [InlineData("---\n---\nBody", "front matter line 2, 'title': is missing")]
    public void Explains_a_missing_or_unclosed_block(string text, string expected) =>
        Assert.StartsWith(expected, Error(text));

    [Fact]
    public void Refuses_the_billion_laughs_alias_bomb_at_once()
    {
        var bomb = new StringBuilder("---\ntitle: T\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
            bomb.Append($"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(',', Enumerable.Repeat("*" + (char)('a' + i), 9))}]\n");
        bomb.Append("---\n");
        var watch = Stopwatch.StartNew();
        var message = Error(bomb.ToString());
        Assert.StartsWith("front matter line 3: YAML anchors (&name) are not allowed", message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "an alias bomb must be refused without expanding it");
    }

    [Fact]
    public void Refuses_an_alias_even_without_an_anchor_first() =>
        Assert.StartsWith("front matter line 3: YAML aliases", Error("---\ntitle: T\ntags: *x\n---\n"));

    [Fact]
    public void Refuses_absurd_nesting()
    {
        var deep = "---\ntitle: T\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n";
        Assert.Contains("nested deeper than", Error(deep));
    }

    [Fact]
    public void Keeps_the_body_and_its_first_line()
    {
        var doc = Parser.Parse("---\ntitle: T\n---\nEerste regel\n");
        Assert.Equal("Eerste regel\n", doc.Body);
        Assert.Equal(4, doc.BodyFirstLine);
    }
}
