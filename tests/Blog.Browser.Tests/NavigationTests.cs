using Blog.Browser.Tests.Support;

namespace Blog.Browser.Tests;

/// <summary>A reader clicks through the site: every hop lands on a real page with its heading.</summary>
[Collection(BlogSiteDefinition.Name)]
public sealed class NavigationTests(BlogSite site)
{
    [SkippableFact]
    public async Task The_first_article_link_on_the_home_page_opens_that_article_with_its_heading()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        await using var browser = await site.OpenAsync("/");
        var link = browser.Page.Locator(".article-list .article-card h2 a").First;
        var title = await link.InnerTextAsync();
        var href = await link.GetAttributeAsync("href");

        var response = await browser.Page.RunAndWaitForResponseAsync(() => link.ClickAsync(), href!);

        Assert.Equal(200, response.Status);
        Assert.Matches("/articles/[a-z0-9-]+$", browser.Page.Url);
        Assert.Equal(title, await browser.Page.Locator("main article h1").InnerTextAsync());
        Assert.Empty(browser.Problems);
    }

    [SkippableFact]
    public async Task A_tag_link_on_an_article_opens_the_tag_page_that_lists_the_article()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var article = SitePages.ByName["article"].Path;
        await using var browser = await site.OpenAsync(article);
        var tag = browser.Page.Locator(".article-header .tags a").First;
        var tagName = await tag.InnerTextAsync();
        var href = await tag.GetAttributeAsync("href");

        var response = await browser.Page.RunAndWaitForResponseAsync(() => tag.ClickAsync(), href!);

        Assert.Equal(200, response.Status);
        Assert.Matches("/tags/[a-z0-9-]+$", browser.Page.Url);
        Assert.Contains(tagName, await browser.Page.Locator("main h1").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        var listed = await browser.Page.Locator(".article-list .article-card h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.pathname)");
        Assert.Contains(article, listed);
        Assert.Empty(browser.Problems);
    }

    [SkippableFact]
    public async Task The_home_link_on_the_404_page_leads_back_to_the_home_page()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        await using var browser = await site.OpenAsync(SitePages.ByName["not-found"].Path);
        var home = browser.Page.Locator("main a", new() { HasText = "startpagina" });
        var href = await home.GetAttributeAsync("href");

        var response = await browser.Page.RunAndWaitForResponseAsync(() => home.ClickAsync(), href!);

        Assert.Equal(200, response.Status);
        Assert.Equal(new Uri(site.BaseUrl + "/"), new Uri(browser.Page.Url));
        Assert.True(await browser.Page.Locator(".article-list .article-card").CountAsync() >= 8, "the home page lists the published samples");
    }
}
