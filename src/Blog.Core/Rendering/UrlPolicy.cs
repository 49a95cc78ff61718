using System.Text.RegularExpressions;

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
public static partial class UrlPolicy
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    public static UrlKind Classify(string? url)
    {
        if (string.IsNullOrEmpty(url)) return UrlKind.Unsafe;
        foreach (var c in url)
            if (c < 0x20 || c == 0x7F || c == '\\') return UrlKind.Unsafe;
        if (url[0] == '#') return UrlKind.Fragment;
        if (url.StartsWith("//", StringComparison.Ordinal)) return UrlKind.ProtocolRelative;
        if (url[0] == '/') return UrlKind.RootRelative;
        var scheme = Scheme().Match(url);
        if (!scheme.Success) return UrlKind.Relative;
        return scheme.Value.ToLowerInvariant() is "http:" or "https:" or "mailto:" ? UrlKind.Absolute : UrlKind.Unsafe;
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

        var segments = new List<string>(sourceBlob.Split('/')[..^1]);
        foreach (var segment in decoded.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return segments.Count == 0 ? null : string.Join('/', segments);
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
