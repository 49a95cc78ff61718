using System.Globalization;
using System.Xml;

namespace Blog.Core.Syndication;

/// <summary>One URL of the sitemap; <see cref="LastModified"/> is the page's real last change.</summary>
public sealed record SitemapUrl(string Location, DateTimeOffset? LastModified);

/// <summary>
/// sitemaps.org 0.9: one <c>sitemap.xml</c> up to 50,000 URLs, else parts
/// <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>... and <c>sitemap.xml</c> as their index.
/// Each part is streamed to the stream the caller opens for it; only the first part is held as a list.
/// </summary>
public static class SitemapWriter
{
    public const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>Writes the sitemap (and its parts); returns the file names written.</summary>
    /// <param name="urls">Every URL, in a stable order; read once. Only the first part is held (whether one file
    /// suffices is known past <paramref name="maxUrlsPerFile"/> URLs); the later parts are streamed URL by URL.</param>
    /// <param name="open">Opens the output stream for a file name; the writer disposes it.</param>
    public static IReadOnlyList<string> Write(IEnumerable<SitemapUrl> urls, string baseUrl, Func<string, Stream> open, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrlsPerFile, 1);
        var dateBuffer = new char[DateLength];
        using var source = urls.GetEnumerator();
        var first = new List<SitemapUrl>(Math.Min(maxUrlsPerFile, 1024));
        while (first.Count < maxUrlsPerFile && source.MoveNext()) first.Add(source.Current);
        var more = source.MoveNext(); // from here on, source.Current is the next URL to write
        if (!more)
        {
            using var single = open("sitemap.xml");
            WriteUrlSet(single, first, dateBuffer);
            return ["sitemap.xml"];
        }

        var parts = new List<(string Name, DateTimeOffset? LastModified)>();
        using (var part = open("sitemap-1.xml")) parts.Add(("sitemap-1.xml", WriteUrlSet(part, first, dateBuffer)));
        first = null; // the first part may go: the others never exist as a list

        while (more)
        {
            var name = $"sitemap-{parts.Count + 1}.xml";
            DateTimeOffset? newest = null;
            using (var part = open(name))
            using (var xml = XmlWriter.Create(part, XmlText.WriterSettings))
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("urlset", Ns);
                var count = 0;
                do
                {
                    WriteUrl(xml, source.Current, dateBuffer, ref newest);
                    count++;
                    more = source.MoveNext();
                }
                while (more && count < maxUrlsPerFile);
                xml.WriteEndElement();
            }
            parts.Add((name, newest));
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

    /// <summary>Writes one urlset; returns its newest <c>lastmod</c> (null when none has one).</summary>
    private static DateTimeOffset? WriteUrlSet(Stream output, List<SitemapUrl> urls, char[] dateBuffer)
    {
        DateTimeOffset? newest = null;
        using var xml = XmlWriter.Create(output, XmlText.WriterSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Ns);
        foreach (var url in urls) WriteUrl(xml, url, dateBuffer, ref newest);
        xml.WriteEndElement();
        return newest;
    }

    /// <summary>One <c>url</c> element; the date is formatted into a reused buffer, not a string per URL.</summary>
    private static void WriteUrl(XmlWriter xml, SitemapUrl url, char[] dateBuffer, ref DateTimeOffset? newest)
    {
        xml.WriteStartElement("url", Ns);
        xml.WriteElementString("loc", Ns, url.Location);
        if (url.LastModified is { } lastModified)
        {
            xml.WriteStartElement("lastmod", Ns);
            if (lastModified.TryFormat(dateBuffer, out var written, XmlText.Rfc3339Format, CultureInfo.InvariantCulture))
                xml.WriteChars(dateBuffer, 0, written);
            else
                xml.WriteString(XmlText.Rfc3339(lastModified));
            xml.WriteEndElement();
            // As Enumerable.Max on the part: the first of equal instants wins.
            if (newest is not { } current || lastModified > current) newest = lastModified;
        }
        xml.WriteEndElement();
    }

    private const int DateLength = 64;
}

/// <summary>robots.txt: everything may be crawled; the sitemap's absolute URL.</summary>
public static class RobotsTxt
{
    public static string For(string baseUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}/sitemap.xml\n";
}
