using System.Xml;

namespace Blog.Core.Syndication;

/// <summary>Atom 1.0 (RFC 4287): the same entries, ids equal to the article URLs.</summary>
public static class AtomWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static void Write(Stream output, FeedChannel channel, IEnumerable<FeedEntry> entries)
    {
        using var xml = XmlWriter.Create(output, XmlText.WriterSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Ns);
        xml.WriteAttributeString("xml", "lang", null, channel.Language);
        xml.WriteElementString("title", Ns, XmlText.Clean(channel.Title));
        if (channel.Description.Length > 0) xml.WriteElementString("subtitle", Ns, XmlText.Clean(channel.Description));
        Link(xml, channel.HomeUrl, "alternate", "text/html");
        Link(xml, channel.SelfUrl, "self", "application/atom+xml");
        xml.WriteElementString("id", Ns, channel.HomeUrl);
        xml.WriteElementString("updated", Ns, XmlText.Rfc3339(channel.Updated));
        Author(xml, channel.Author.Length > 0 ? channel.Author : channel.Title);
        xml.WriteElementString("generator", Ns, Generator.Name);

        foreach (var entry in entries)
        {
            var item = entry.Item;
            xml.WriteStartElement("entry", Ns);
            xml.WriteElementString("title", Ns, XmlText.Clean(item.Title));
            Link(xml, item.Url, "alternate", "text/html");
            xml.WriteElementString("id", Ns, item.Url);
            xml.WriteElementString("published", Ns, XmlText.Rfc3339(entry.Date));
            xml.WriteElementString("updated", Ns, XmlText.Rfc3339(entry.Updated));
            Author(xml, item.Author);
            foreach (var tag in item.Tags)
            {
                xml.WriteStartElement("category", Ns);
                xml.WriteAttributeString("term", tag.Slug);
                xml.WriteAttributeString("label", XmlText.Clean(tag.Name));
                xml.WriteEndElement();
            }
            xml.WriteStartElement("summary", Ns);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(XmlText.Clean(item.Summary));
            xml.WriteEndElement();
            if (entry.ContentHtml is not null)
            {
                xml.WriteStartElement("content", Ns);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(XmlText.Clean(entry.ContentHtml));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Ns);
        xml.WriteElementString("name", Ns, XmlText.Clean(name));
        xml.WriteEndElement();
    }
}
