using System.Text.Encodings.Web;
using System.Text.Json;

namespace Blog.Core.Syndication;

/// <summary>JSON Feed 1.1, streamed with Utf8JsonWriter: ids equal to the article URLs.</summary>
public static class JsonFeedWriter
{
    public static void Write(Stream output, FeedChannel channel, IEnumerable<FeedEntry> entries)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("version", "https://jsonfeed.org/version/1.1");
        json.WriteString("title", channel.Title);
        json.WriteString("home_page_url", channel.HomeUrl);
        json.WriteString("feed_url", channel.SelfUrl);
        if (channel.Description.Length > 0) json.WriteString("description", channel.Description);
        json.WriteString("language", channel.Language);
        Authors(json, channel.Author.Length > 0 ? channel.Author : channel.Title);
        json.WriteStartArray("items");
        foreach (var entry in entries)
        {
            var item = entry.Item;
            json.WriteStartObject();
            json.WriteString("id", item.Url);
            json.WriteString("url", item.Url);
            json.WriteString("title", item.Title);
            json.WriteString("content_html", entry.ContentHtml ?? $"<p>{HtmlEncoder.Default.Encode(item.Summary)}</p>");
            json.WriteString("summary", item.Summary);
            if (item.Image is not null) json.WriteString("image", item.Image);
            json.WriteString("date_published", XmlText.Rfc3339(entry.Date));
            json.WriteString("date_modified", XmlText.Rfc3339(entry.Updated));
            Authors(json, item.Author);
            if (item.Tags.Count > 0)
            {
                json.WriteStartArray("tags");
                foreach (var tag in item.Tags) json.WriteStringValue(tag.Name);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            if (json.BytesPending > 64 * 1024) json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Authors(Utf8JsonWriter json, string name)
    {
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
