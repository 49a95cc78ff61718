using Blog.Core.Model;
using Blog.Core.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Core.Rendering;

/// <summary>
/// Walks the parsed document once and makes every link and image safe and absolute:
/// unsafe targets are unwrapped to their text, relative links to assets become
/// <c>/media/...</c> URLs, links to other articles' files become those articles' URLs, and
/// root-relative links get the site's base URL, so the same HTML is right in pages and feeds.
/// </summary>
internal static class LinkRewriter
{
    /// <summary>The blob paths of other articles this document links to (to look up their slugs).</summary>
    public static IReadOnlyList<string> FindArticleReferences(MarkdownDocument document, string sourceBlob)
    {
        var found = new List<string>();
        var links = new List<LinkInline>();
        CollectLinks(document, links, autolinks: null);
        foreach (var link in links)
        {
            if (link.IsImage || UrlPolicy.Classify(link.Url) != UrlKind.Relative) continue;
            var (path, _) = UrlPolicy.SplitSuffix(link.Url!);
            if (UrlPolicy.ResolveBlobPath(sourceBlob, path) is { } blob && UrlPolicy.IsArticleFile(blob) && !found.Contains(blob))
                found.Add(blob);
        }
        return found;
    }

    public static void Rewrite(MarkdownDocument document, string sourceBlob, SiteUrls urls, IReadOnlyDictionary<string, string> slugsByBlob)
    {
        // Collected before any change: unwrapping and replacing move inlines around.
        var links = new List<LinkInline>();
        var autolinks = new List<AutolinkInline>();
        CollectLinks(document, links, autolinks);
        foreach (var link in links)
        {
            var target = Resolve(link.Url, sourceBlob, urls, slugsByBlob, link.IsImage);
            if (target is null) Unwrap(link);
            else link.Url = target;
        }
        foreach (var autolink in autolinks)
        {
            if (!autolink.IsEmail && UrlPolicy.Classify(autolink.Url) != UrlKind.Absolute)
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>The absolute (or fragment) URL for a target, or null when it must not be linked.</summary>
    public static string? Resolve(string? url, string sourceBlob, SiteUrls urls, IReadOnlyDictionary<string, string> slugsByBlob, bool isImage)
    {
        switch (UrlPolicy.Classify(url))
        {
            case UrlKind.Fragment: return isImage ? null : url;
            case UrlKind.Absolute: return url;
            case UrlKind.ProtocolRelative: return "https:" + url;
            case UrlKind.RootRelative: return urls.Absolute(url!);
            case UrlKind.Relative:
                var (path, suffix) = UrlPolicy.SplitSuffix(url!);
                if (path.Length == 0) return null;
                if (UrlPolicy.ResolveBlobPath(sourceBlob, path) is not { } blob) return null;
                if (!isImage && UrlPolicy.IsArticleFile(blob))
                {
                    var slug = slugsByBlob.TryGetValue(blob, out var known) ? known : DefaultSlug(blob);
                    return slug.Length == 0 ? null : urls.Article(slug) + FragmentOnly(suffix);
                }
                return urls.Media(blob) + suffix;
            default:
                return null;
        }
    }

    /// <summary>The slug a blob gets when its front matter names none.</summary>
    public static string DefaultSlug(string blobName)
    {
        var file = blobName[(blobName.LastIndexOf('/') + 1)..];
        var dot = file.LastIndexOf('.');
        return Slug.From(dot > 0 ? file[..dot] : file);
    }

    private static string FragmentOnly(string suffix)
    {
        var hash = suffix.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? "" : suffix[hash..];
    }

    /// <summary>
    /// Every link and image (and autolink) of the document in document order, in one forward
    /// walk: Markdig's <c>Descendants&lt;T&gt;()</c> iterators cost more than the rewriting itself
    /// on a long article. Recursion is bounded by Markdig's nesting limit, which its own
    /// renderer relies on too.
    /// </summary>
    private static void CollectLinks(ContainerBlock container, List<LinkInline> links, List<AutolinkInline>? autolinks)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is ContainerBlock nested) CollectLinks(nested, links, autolinks);
            else if (block is LeafBlock { Inline: { } inline }) CollectLinks(inline, links, autolinks);
        }
    }

    private static void CollectLinks(ContainerInline container, List<LinkInline> links, List<AutolinkInline>? autolinks)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is ContainerInline nested)
            {
                if (nested is LinkInline link) links.Add(link);
                CollectLinks(nested, links, autolinks);
            }
            else if (inline is AutolinkInline autolink)
            {
                autolinks?.Add(autolink);
            }
        }
    }

    /// <summary>Replaces a link or image by its text, so nothing is lost but the target.</summary>
    /// <remarks>
    /// Children go in with <c>InsertAfter</c>: Markdig's <c>InsertBefore</c> leaves the moved
    /// inline's <c>PreviousSibling</c> empty, which hid the inlines before it from any backward
    /// walk (Markdig's <c>Descendants</c> is one), so an unsafe autolink before an unsafe link
    /// used to survive.
    /// </remarks>
    private static void Unwrap(LinkInline link)
    {
        Inline anchor = link;
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
            child = next;
        }
        link.Remove();
    }
}
