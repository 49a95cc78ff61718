using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Blog.Core.Model;

namespace Blog.Core.Templates;

/// <summary>
/// The schema.org <c>BlogPosting</c> of an article. Written by the JSON writer, whose default
/// encoder escapes <c>&lt;</c>, so no title can close the <c>script</c> element it lives in.
/// </summary>
internal static class JsonLd
{
    public static string BlogPosting(Article article, SiteOptions site, string dateIso, string updatedIso)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "BlogPosting");
            json.WriteString("headline", article.Title);
            json.WriteString("description", article.Summary);
            json.WriteString("datePublished", dateIso);
            json.WriteString("dateModified", updatedIso);
            json.WriteString("inLanguage", site.Language);
            json.WriteString("url", article.Url);
            json.WriteString("mainEntityOfPage", article.Url);
            json.WriteStartObject("author");
            json.WriteString("@type", "Person");
            json.WriteString("name", article.Author);
            json.WriteEndObject();
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", site.Title);
            json.WriteString("url", site.NormalizedBaseUrl + "/");
            json.WriteEndObject();
            if (article.Image is not null) json.WriteString("image", article.Image);
            if (article.Tags.Count > 0) json.WriteString("keywords", string.Join(", ", article.Tags.Select(t => t.Name)));
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
