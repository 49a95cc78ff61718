using Blog.Core.Tests.Support;

namespace Blog.Core.Tests.Rendering;

/// <summary>Every payload of the OWASP XSS filter evasion cheat sheet, rendered as an article body.</summary>
public class XssTests
{
    public static TheoryData<string> Payloads()
    {
        var data = new TheoryData<string>();
        var text = TestSite.Fixture("xss", "owasp-payloads.txt");
        var lines = text.Split('\n').SkipWhile(l => l.StartsWith('#'));
        foreach (var block in string.Join('\n', lines).Split("\n====\n"))
            if (block.Trim().Length > 0) data.Add(block);
        return data;
    }

    [Fact]
    public void The_fixture_holds_the_whole_cheat_sheet() => Assert.True(Payloads().Count >= 100);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payload_is_neutralised_in_the_body(string payload)
    {
        var html = TestSite.CompileBody(payload).BodyHtml;
        Assert.Empty(HtmlAudit.Problems(html));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payload_is_neutralised_in_the_title_and_summary_of_the_whole_page(string payload)
    {
        static string Yaml(string s) => "'" + s.Replace("\n", " ", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
        var tag = payload.Length > 100 ? payload[..100] : payload;
        var title = payload.Length > 300 ? payload[..300] : payload;
        var compiled = TestSite.Compile($"---\ntitle: {Yaml(title)}\nsummary: {Yaml(payload)}\ntags: [{Yaml(tag)}]\n---\nTekst\n");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(compiled.PageHtml);
        Assert.Single(page.Scripts);
        Assert.Equal("application/ld+json", page.Scripts[0].Type);
        Assert.DoesNotContain("</script", page.Scripts[0].TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(compiled.Article.Title, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_dropped()
    {
        var html = TestSite.CompileBody("Gebruik <kbd>Ctrl</kbd> en <script>alert(1)</script>.").BodyHtml;
        Assert.Contains("&lt;kbd&gt;Ctrl&lt;/kbd&gt;", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void An_unsafe_link_keeps_its_text()
    {
        var html = TestSite.CompileBody("[klik hier](javascript:alert(1)) en ![logo](vbscript:x)").BodyHtml;
        Assert.Contains("klik hier", html);
        Assert.Contains("logo", html);
        Assert.DoesNotContain("<a", html);
        Assert.DoesNotContain("<img", html);
    }
}
