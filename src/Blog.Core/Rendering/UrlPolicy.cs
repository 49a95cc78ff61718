namespace Blog.Core.Rendering;

/// <summary>What kind of link target a URL is, which decides how it may appear on a page.</summary>
public enum UrlKind
{
    /// <summary>Anything else: <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, control characters, empty.</summary>
    Unsafe,
    /// <summary><c>#section</c>.</summary>
    Fragment,
    /// <summary><c>http:</c>, <c>https:</c> or <c>mailto:</c>.</summary>
    Absolute,
    /// <summary><c>//host/path</c>, made https.</summary>
    ProtocolRelative,
    /// <summary><c>/tags/x</c>, made absolute on the site's base URL.</summary>
    RootRelative,
    /// <summary><c>img/chart.png</c>, <c>../other.md</c>: resolved against the article's folder.</summary>
    Relative,
}

/// <summary>
/// The allowlist of link targets. Browsers ignore ASCII whitespace and control characters inside
/// a scheme (<c>jav&#x09;ascript:</c>), so any such character makes a URL unsafe outright.
/// </summary>
public static class UrlPolicy
{
    public static UrlKind Classify(string? url)
    {
        if (string.IsNullOrEmpty(url)) return UrlKind.Unsafe;
        foreach (var c in url)
            if (c < 0x20 || c == 0x7F || c == '\\') return UrlKind.Unsafe;
        if (url[0] == '#') return UrlKind.Fragment;
        if (url.StartsWith("//", StringComparison.Ordinal)) return UrlKind.ProtocolRelative;
        if (url[0] == '/') return UrlKind.RootRelative;
        var scheme = SchemeLength(url);
        if (scheme == 0) return UrlKind.Relative;
        var name = url.AsSpan(0, scheme);
        return name.Equals("http:", StringComparison.OrdinalIgnoreCase) || name.Equals("https:", StringComparison.OrdinalIgnoreCase)
            || name.Equals("mailto:", StringComparison.OrdinalIgnoreCase)
            ? UrlKind.Absolute
            : UrlKind.Unsafe;
    }

    /// <summary>The length of a leading <c>[A-Za-z][A-Za-z0-9+.-]*:</c> (RFC 3986 scheme and colon), or 0.</summary>
    private static int SchemeLength(string url)
    {
        if (!char.IsAsciiLetter(url[0])) return 0;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return i + 1;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-')) return 0;
        }
        return 0;
    }

    /// <summary>
    /// Resolves a relative path against the folder of <paramref name="sourceBlob"/>; null when it
    /// climbs out of the container (<c>../../secret</c>) or is not a valid escaped path.
    /// </summary>
    public static string? ResolveBlobPath(string sourceBlob, string relativePath)
    {
        string decoded;
        try { decoded = Uri.UnescapeDataString(relativePath); }
        catch (UriFormatException) { return null; }

        // The source's folder segments (kept as they are), then the path's: "" and "." are
        // skipped, ".." drops the last segment. Segments hold no '/', so the joined path is
        // built in place and dropping a segment cuts at the last '/'.
        var folderEnd = sourceBlob.LastIndexOf('/');
        var segments = folderEnd < 0 ? 0 : sourceBlob.AsSpan(0, folderEnd).Count('/') + 1;
        var capacity = Math.Max(folderEnd, 0) + decoded.Length + 1;
        var path = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
        var length = Math.Max(folderEnd, 0);
        sourceBlob.AsSpan(0, length).CopyTo(path);
        foreach (var range in decoded.AsSpan().Split('/'))
        {
            var segment = decoded.AsSpan(range);
            if (segment is "" or ".") continue;
            if (segment is "..")
            {
                if (segments == 0) return null;
                segments--;
                length = segments == 0 ? 0 : path[..length].LastIndexOf('/');
                continue;
            }
            if (segments > 0) path[length++] = '/';
            segment.CopyTo(path[length..]);
            length += segment.Length;
            segments++;
        }
        return segments == 0 ? null : new string(path[..length]);
    }

    /// <summary>Splits <c>path?query#fragment</c> into the path and the rest.</summary>
    public static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }

    public static bool IsArticleFile(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
}
