using Blog.Core.Model;

namespace Blog.Core.Rendering;

/// <summary>The rendered body of an article and what was derived from it in the same pass.</summary>
public sealed record ArticleBody(string Html, IReadOnlyList<TocEntry> Toc, string FirstParagraph, int WordCount);
