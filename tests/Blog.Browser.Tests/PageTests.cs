using Blog.Browser.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

/// <summary>Each page of the site in Chromium: clean console, CSP that blocks nothing, accessible.</summary>
[Collection(BlogSiteDefinition.Name)]
public sealed class PageTests(BlogSite site)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [SkippableTheory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task The_page_loads_without_console_errors_and_is_kept_as_a_screenshot(string page)
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var expected = SitePages.ByName[page];
        await using var browser = await site.OpenAsync(expected.Path);

        // The screenshot first, so a failing page leaves its picture behind.
        var screenshot = await browser.ScreenshotAsync(expected.Screenshot);

        Assert.True(File.Exists(screenshot), $"no screenshot at {screenshot}");
        Assert.Equal(expected.Status, browser.Response?.Status);
        Assert.True(browser.Problems.Count == 0, $"{expected.Path}:{Environment.NewLine}{string.Join(Environment.NewLine, browser.Problems)}");
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task The_content_security_policy_blocks_nothing_the_page_needs(string page)
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var expected = SitePages.ByName[page];
        await using var browser = await site.OpenAsync(expected.Path);

        var policy = await browser.Response!.HeaderValueAsync("content-security-policy");
        Assert.False(string.IsNullOrEmpty(policy), $"{expected.Path} sends no Content-Security-Policy header");
        var violations = await browser.CspViolationsAsync();
        Assert.True(violations.Count == 0, $"{expected.Path} under '{policy}':{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        Assert.DoesNotContain(browser.Problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));

        // The inline stylesheet is allowed by its hash: if the hash were wrong, none of this would apply.
        var style = await browser.Page.EvaluateAsync<Dictionary<string, string>>("""
            () => {
              const header = getComputedStyle(document.querySelector('.site-header'));
              return { headerBorder: `${header.borderBottomWidth} ${header.borderBottomStyle}`, bodyFont: getComputedStyle(document.body).fontFamily };
            }
            """);
        Assert.Equal("1px solid", style["headerBorder"]);
        Assert.StartsWith("system-ui", style["bodyFont"], StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.NamesInBothColorSchemes), MemberType = typeof(SitePages))]
    public async Task Axe_finds_no_serious_or_critical_accessibility_violation(string page, string colorScheme)
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var expected = SitePages.ByName[page];
        await using var browser = await site.OpenAsync(expected.Path, colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        // Only violations come back: the passes of a long article are most of axe's (slow) JSON.
        var result = await browser.Page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{expected.Path} ({colorScheme}): {blocking.Count} serious or critical axe violation(s):{Environment.NewLine}" +
            string.Join(Environment.NewLine, blocking.Select(v =>
                $"- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}{Environment.NewLine}" +
                string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {n.Target}: {n.Html}{Environment.NewLine}      {Summary(n)}")))));
    }

    /// <summary>What axe says to fix on one element (its failed checks' messages).</summary>
    private static string Summary(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message));
}
