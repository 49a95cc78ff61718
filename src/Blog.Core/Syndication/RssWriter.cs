using System.Xml;
using Blog.Core.Text;

namespace Blog.Core.Syndication;

/// <summary>
/// RSS 2.0 with the RSS Advisory Board's best practices: atom:link rel="self", a permalink guid
/// equal to the link, dc:creator (author needs an e-mail), content:encoded for full text and
/// media:content for the cover image. Streamed through XmlWriter.
/// </summary>
public static class RssWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Media = "http://search.yahoo.com/mrss/";

    public static void Write(Stream output, FeedChannel channel, IEnumerable<FeedEntry> entries)
    {
        using var xml = XmlWriter.Create(output, XmlText.WriterSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, Atom);
        xml.WriteAttributeString("xmlns", "content", null, Content);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "media", null, Media);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", XmlText.Clean(channel.Title));
        xml.WriteElementString("link", channel.HomeUrl);
        xml.WriteElementString("description", XmlText.Clean(channel.Description.Length > 0 ? channel.Description : channel.Title));
        xml.WriteElementString("language", channel.Language);
        xml.WriteElementString("lastBuildDate", XmlText.Rfc822(channel.Updated));
        xml.WriteStartElement("atom", "link", Atom);
        xml.WriteAttributeString("href", channel.SelfUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        xml.WriteElementString("generator", Generator.Name);

        foreach (var entry in entries)
        {
            var item = entry.Item;
            xml.WriteStartElement("item");
            xml.WriteElementString("title", XmlText.Clean(item.Title));
            xml.WriteElementString("link", item.Url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(item.Url);
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", XmlText.Rfc822(entry.Date));
            xml.WriteElementString("description", XmlText.Clean(item.Summary));
            if (entry.ContentHtml is not null)
                xml.WriteElementString("encoded", Content, XmlText.Clean(entry.ContentHtml));
            foreach (var tag in item.Tags)
                xml.WriteElementString("category", XmlText.Clean(tag.Name));
            xml.WriteElementString("creator", Dc, XmlText.Clean(item.Author));
            if (item.Image is not null)
            {
                xml.WriteStartElement("media", "content", Media);
                xml.WriteAttributeString("url", item.Image);
                xml.WriteAttributeString("type", MediaTypes.For(item.Image).ContentType);
                xml.WriteAttributeString("medium", "image");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
