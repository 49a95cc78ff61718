using Blog.Core.FrontMatter;
using Blog.Core.Model;
using Blog.Core.Rendering;
using Blog.Core.Templates;
using Blog.Core.Text;

namespace Blog.Core.Compilation;

/// <summary>
/// The whole render step of one article, storage-free: bytes → text → front matter → Markdown →
/// safe HTML → page. Split in two so the caller can look up the slugs of linked articles between
/// <see cref="Parse"/> and <see cref="Render"/>. Every problem an author can fix is an
/// <see cref="ArticleException"/> with a one-line reason.
/// </summary>
public sealed class ArticleCompiler
{
    public const int MaxSummaryLength = 300;

    private readonly SiteOptions _site;
    private readonly IngestOptions _ingest;
    private readonly FrontMatterParser _frontMatter;
    private readonly MarkdownRenderer _markdown;
    private readonly PageRenderer _pages;
    private readonly SiteUrls _urls;

    public ArticleCompiler(SiteOptions site, IngestOptions ingest, PageRenderer pages)
    {
        _site = site;
        _ingest = ingest;
        _pages = pages;
        _urls = new SiteUrls(site);
        _frontMatter = new FrontMatterParser(site.FindTimeZone());
        _markdown = new MarkdownRenderer(_urls);
    }

    /// <summary>Changes whenever the same source would render differently (theme, settings).</summary>
    public string RenderFingerprint => $"{_pages.ThemeFingerprint}:{_site.NormalizedBaseUrl}:{_site.Title}:{_site.Language}:{_site.Author}:{_site.TimeZone}";

    public ParsedArticle Parse(string blobName, ReadOnlySpan<byte> content)
    {
        ArticleDocument document;
        using (var text = SourceDecoder.DecodePooled(content, _ingest.MaxArticleBytes))
            document = _frontMatter.Parse(text.Span);
        var slug = document.FrontMatter.Slug ?? LinkRewriter.DefaultSlug(blobName);
        if (slug.Length == 0)
            throw new ArticleException($"the file name '{blobName}' has no letters or digits to make a URL from: add 'slug: ...' to the front matter");
        var markdown = _markdown.Parse(document.Body, blobName);
        return new ParsedArticle(blobName, document.FrontMatter, slug, markdown);
    }

    /// <param name="parsed">The result of <see cref="Parse"/>; its document is consumed.</param>
    /// <param name="firstSeen">The date of an article without one: when the pipeline first saw the blob.</param>
    /// <param name="contentChanged">When its content last changed: the <c>lastmod</c> of an article without one, once it was edited after <paramref name="firstSeen"/>.</param>
    /// <param name="slugsByBlob">Slugs of the linked articles that are known; others get their default slug.</param>
    public CompiledArticle Render(ParsedArticle parsed, DateTimeOffset firstSeen, DateTimeOffset contentChanged, IReadOnlyDictionary<string, string> slugsByBlob)
    {
        var matter = parsed.FrontMatter;
        var body = _markdown.Render(parsed.Markdown, slugsByBlob);
        var date = matter.Date ?? firstSeen;
        // Content unchanged since the pipeline first saw it: nothing was updated after publication
        // as far as we know (an imported 2019 article must not show "updated today").
        var updated = matter.LastMod ?? (contentChanged > firstSeen ? contentChanged : date);
        if (updated < date) updated = date;

        var article = new Article
        {
            Slug = parsed.Slug,
            Title = matter.Title,
            Summary = PlainText.Truncate(PlainText.Collapse(matter.Summary ?? body.FirstParagraph), MaxSummaryLength),
            Date = date,
            Updated = updated,
            Tags = Tags(matter.Tags),
            Author = matter.Author ?? _site.Author,
            ReadingTimeMinutes = ReadingTime.Minutes(body.WordCount),
            Url = _urls.Article(parsed.Slug),
            Image = matter.Image is null ? null : LinkRewriter.Resolve(matter.Image, parsed.BlobName, _urls, slugsByBlob, isImage: true),
            SourceBlob = parsed.BlobName,
            Draft = matter.Draft,
            ExpiryDate = matter.ExpiryDate,
            Aliases = matter.Aliases,
        };
        return new CompiledArticle(article, body.Html, body.Toc, _pages.RenderArticle(article, body.Html, body.Toc));
    }

    private static List<Tag> Tags(IReadOnlyList<string> names)
    {
        var tags = new List<Tag>();
        foreach (var name in names)
        {
            var slug = Slug.From(name);
            if (slug.Length == 0)
                throw new ArticleException($"front matter, 'tags': '{name}' has no letters or digits to make a URL from");
            if (!tags.Exists(t => t.Slug == slug)) tags.Add(new Tag(name, slug));
        }
        return tags;
    }
}

/// <summary>An article whose text and front matter are valid, ready to render.</summary>
public sealed record ParsedArticle(string BlobName, ArticleFrontMatter FrontMatter, string Slug, ParsedMarkdown Markdown)
{
    public IReadOnlyList<string> ReferencedArticles => Markdown.ReferencedArticles;
}

/// <summary>The metadata, the body with its table of contents, and the complete page.</summary>
public sealed record CompiledArticle(Article Article, string BodyHtml, IReadOnlyList<TocEntry> Toc, string PageHtml);
