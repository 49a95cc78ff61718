using Blog.Core.Rendering;
using Blog.Core.Text;

namespace Blog.Cli.Local;

/// <summary>
/// One file of the author's folder: its blob name (the relative path with <c>/</c>) and the two
/// hashes storage can be compared with, SHA-256 (the pipeline's <c>ContentHash</c>) and MD5
/// (Blob storage's <c>Content-MD5</c>), both as the services write them.
/// </summary>
internal sealed record LocalFile(string Name, string Path, long Length, string Sha256, string Md5)
{
    /// <summary>Markdown is an article with a status row; anything else is an asset.</summary>
    public bool IsArticle => UrlPolicy.IsArticleFile(Name);

    /// <summary>The source's content type. Assets keep the one their published copy gets.</summary>
    public string ContentType => IsArticle ? "text/markdown; charset=utf-8" : MediaTypes.For(Name).ContentType;
}
