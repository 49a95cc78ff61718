using Blog.Core.Model;
using Markdig;
using Markdig.Syntax;

namespace Blog.Core.Rendering;

/// <summary>Markdown to safe HTML in two steps, so storage can look up linked articles in between.</summary>
public sealed class MarkdownRenderer(SiteUrls urls)
{
    private readonly MarkdownPipeline _pipeline = BlogMarkdown.CreatePipeline();

    public MarkdownPipeline Pipeline => _pipeline;

    public ParsedMarkdown Parse(string markdown, string sourceBlob)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        return new ParsedMarkdown(document, sourceBlob, LinkRewriter.FindArticleReferences(document, sourceBlob), ReadingTime.CountWords(markdown));
    }

    public ArticleBody Render(ParsedMarkdown parsed, IReadOnlyDictionary<string, string> slugsByBlob)
    {
        var document = parsed.Document;
        LinkRewriter.Rewrite(document, parsed.SourceBlob, urls, slugsByBlob);

        // Markdig's pooled renderer of this pipeline: no renderer set-up or buffer growth per article.
        var html = Markdown.ToHtml(document, _pipeline);

        var firstParagraph = document.OfType<ParagraphBlock>().FirstOrDefault();
        return new ArticleBody(
            html,
            TableOfContents.Build(document),
            PlainText.Of(firstParagraph?.Inline),
            parsed.WordCount);
    }
}

/// <summary>A parsed Markdown body and the other articles it links to.</summary>
public sealed record ParsedMarkdown(MarkdownDocument Document, string SourceBlob, IReadOnlyList<string> ReferencedArticles, int WordCount);
