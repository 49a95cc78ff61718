namespace Blog.Core;

/// <summary>
/// An article that cannot be published, with a one-line reason an author can act on
/// ("front matter line 3, 'date': ..."). It becomes the <c>Failed</c> status reason.
/// </summary>
public sealed class ArticleException : Exception
{
    public ArticleException(string reason) : base(reason) { }
    public ArticleException(string reason, Exception inner) : base(reason, inner) { }
    public ArticleException() { }
}
