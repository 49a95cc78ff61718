using System.Xml;

namespace Blog.Core.Syndication;

/// <summary>One URL of the sitemap; <see cref="LastModified"/> is the page's real last change.</summary>
public sealed record SitemapUrl(string Location, DateTimeOffset? LastModified);

/// <summary>
/// sitemaps.org 0.9: one <c>sitemap.xml</c> up to 50,000 URLs, else parts
/// <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>... and <c>sitemap.xml</c> as their index.
/// Each part is streamed to the stream the caller opens for it, so memory stays flat.
/// </summary>
public static class SitemapWriter
{
    public const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>Writes the sitemap (and its parts); returns the file names written.</summary>
    /// <param name="urls">Every URL, in a stable order; read once, at most one part in memory.</param>
    /// <param name="open">Opens the output stream for a file name; the writer disposes it.</param>
    public static IReadOnlyList<string> Write(IEnumerable<SitemapUrl> urls, string baseUrl, Func<string, Stream> open, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        using var chunks = urls.Chunk(maxUrlsPerFile).GetEnumerator();
        var first = chunks.MoveNext() ? chunks.Current : [];
        if (!chunks.MoveNext())
        {
            using var single = open("sitemap.xml");
            WriteUrlSet(single, first);
            return ["sitemap.xml"];
        }

        var parts = new List<(string Name, DateTimeOffset? LastModified)>();
        var chunk = first;
        while (true)
        {
            var name = $"sitemap-{parts.Count + 1}.xml";
            using (var part = open(name)) WriteUrlSet(part, chunk);
            parts.Add((name, chunk.Max(u => u.LastModified)));
            if (parts.Count == 1) { chunk = chunks.Current; continue; }
            if (!chunks.MoveNext()) break;
            chunk = chunks.Current;
        }

        using (var index = open("sitemap.xml"))
        using (var xml = XmlWriter.Create(index, XmlText.WriterSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("sitemapindex", Ns);
            foreach (var (name, lastModified) in parts)
            {
                xml.WriteStartElement("sitemap", Ns);
                xml.WriteElementString("loc", Ns, $"{baseUrl}/{name}");
                if (lastModified is { } value) xml.WriteElementString("lastmod", Ns, XmlText.Rfc3339(value));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return [.. parts.Select(p => p.Name), "sitemap.xml"];
    }

    private static void WriteUrlSet(Stream output, IEnumerable<SitemapUrl> urls)
    {
        using var xml = XmlWriter.Create(output, XmlText.WriterSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Ns);
        foreach (var url in urls)
        {
            xml.WriteStartElement("url", Ns);
            xml.WriteElementString("loc", Ns, url.Location);
            if (url.LastModified is { } lastModified) xml.WriteElementString("lastmod", Ns, XmlText.Rfc3339(lastModified));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}

/// <summary>robots.txt: everything may be crawled; the sitemap's absolute URL.</summary>
public static class RobotsTxt
{
    public static string For(string baseUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}/sitemap.xml\n";
}
