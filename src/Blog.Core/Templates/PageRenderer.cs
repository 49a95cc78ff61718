using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Blog.Core.Model;
using Fluid;

namespace Blog.Core.Templates;

/// <summary>
/// Renders complete HTML pages from the theme: the page template inside the layout. Values are
/// HTML-encoded by Fluid; only the rendered (already safe) body, the stylesheet and the JSON-LD
/// pass through <c>raw</c>. Letters of every script stay readable in the source (é, not &amp;#xE9;).
/// </summary>
public sealed class PageRenderer
{
    // A plain square in the accent colour, inline so no page needs a favicon request.
    private const string Icon = "data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20viewBox=%270%200%2016%2016%27%3E%3Crect%20width=%2716%27%20height=%2716%27%20rx=%273%27%20fill=%27%230b5a7a%27/%3E%3C/svg%3E";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Theme _theme;
    private readonly SiteOptions _site;
    private readonly SiteUrls _urls;
    private readonly TemplateOptions _options;
    private readonly SiteView _siteView;
    private readonly CultureInfo _culture;
    private readonly TimeZoneInfo _zone;

    public PageRenderer(SiteOptions site, Theme theme)
    {
        _site = site;
        _theme = theme;
        _urls = new SiteUrls(site);
        _culture = CultureInfo.GetCultureInfo(site.Language);
        _zone = site.FindTimeZone();
        _options = new TemplateOptions();
        _options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in new[] { typeof(SiteView), typeof(PageView), typeof(ArticleView), typeof(TagView), typeof(TocView), typeof(ListingView), typeof(ListingItemView) })
            _options.MemberAccessStrategy.Register(type);
        // Pages run no script: the only inline resource is the stylesheet, allowed by its hash.
        ContentSecurityPolicy = $"default-src 'none'; style-src '{theme.CssHash}'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'";
        _siteView = new SiteView(
            site.Language, site.Title, site.Description, site.Author, _urls.Home,
            _urls.RssFeed, _urls.AtomFeed, _urls.JsonFeed, site.Language.Replace('-', '_'), theme.Css, Icon, ContentSecurityPolicy);
    }

    public string ThemeFingerprint => _theme.Fingerprint;

    /// <summary>The policy every page satisfies; also sent as a header by the HTTP functions.</summary>
    public string ContentSecurityPolicy { get; }

    /// <summary>A listing page (home or a tag): its items, and links to the pages around it.</summary>
    public string RenderListing(string title, string heading, string intro, string canonicalUrl, IReadOnlyList<ArticleItem> items, string? prevUrl, string? nextUrl)
    {
        var view = new ListingView(heading, intro, items.Select(i =>
        {
            var date = DateTimeOffset.Parse(i.Date, CultureInfo.InvariantCulture);
            return new ListingItemView(i.Title, i.Url, i.Summary, i.Date, Display(date), i.ReadingTimeMinutes,
                i.Tags.Select(t => new TagView(t.Name, t.Slug, _urls.Tag(t.Slug))).ToList());
        }).ToList(), prevUrl, nextUrl);
        var context = new TemplateContext(_options);
        context.SetValue("site", _siteView);
        context.SetValue("listing", view);
        var content = _theme.List.Render(context, Encoder);
        var description = string.IsNullOrEmpty(intro) ? _site.Description : intro;
        return RenderLayout(new PageView(title, description, canonicalUrl, "website", null, null, null, [], null, prevUrl, nextUrl), content);
    }

    /// <summary>The 404 page: not indexed, canonical to the home page.</summary>
    public string RenderNotFound()
    {
        var context = new TemplateContext(_options);
        context.SetValue("site", _siteView);
        var content = _theme.NotFound.Render(context, Encoder);
        return RenderLayout(new PageView("Pagina niet gevonden – " + _site.Title, _site.Description, _urls.Home, "website", null, null, null, [], null, NoIndex: true), content);
    }

    public string RenderArticle(Article article, string bodyHtml, IReadOnlyList<TocEntry> toc)
    {
        var date = ToSiteTime(article.Date);
        var updated = ToSiteTime(article.Updated);
        var dateIso = Iso(date);
        var updatedIso = Iso(updated);
        var view = new ArticleView(
            article.Title, dateIso, Display(date), updated.Date > date.Date, updatedIso, Display(updated),
            article.Author, article.ReadingTimeMinutes,
            article.Tags.Select(t => new TagView(t.Name, t.Slug, _urls.Tag(t.Slug))).ToList(), article.Image);

        var context = new TemplateContext(_options);
        context.SetValue("site", _siteView);
        context.SetValue("article", view);
        context.SetValue("toc", toc.Select(t => new TocView(t.Level, t.Id, t.Text)).ToList());
        context.SetValue("body", bodyHtml);
        var content = _theme.Article.Render(context, Encoder);

        var page = new PageView(
            article.Title, article.Summary, article.Url, "article", article.Image, dateIso, updatedIso,
            article.Tags.Select(t => t.Name).ToList(), JsonLd.BlogPosting(article, _site, dateIso, updatedIso));
        return RenderLayout(page, content);
    }

    private string RenderLayout(PageView page, string content)
    {
        var context = new TemplateContext(_options);
        context.SetValue("site", _siteView);
        context.SetValue("page", page);
        context.SetValue("content", content);
        return _theme.Layout.Render(context, Encoder);
    }

    private DateTimeOffset ToSiteTime(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, _zone);

    /// <summary>ISO 8601 with the offset, as <c>&lt;time datetime&gt;</c> and the API want it.</summary>
    public static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A date for people in the site's language: "20 november 2025".</summary>
    public string Display(DateTimeOffset value) => value.ToString("d MMMM yyyy", _culture);
}
