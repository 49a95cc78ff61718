namespace Blog.Core.Text;

/// <summary>
/// Content types of published assets. Only passive formats are served inline; anything that a
/// browser could run in the site's origin (SVG, HTML, XML) or that is unknown is served as a
/// download, so an uploaded file can never become a cross-site-scripting page.
/// </summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".pdf"] = "application/pdf",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".mp3"] = "audio/mpeg",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
    };

    private static readonly Dictionary<string, string> Download = new(StringComparer.OrdinalIgnoreCase)
    {
        [".svg"] = "image/svg+xml",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".zip"] = "application/zip",
    };

    /// <summary>The content type for a blob name, and whether it must be served as an attachment.</summary>
    public static (string ContentType, bool Attachment) For(string name)
    {
        var dot = name.LastIndexOf('.');
        var extension = dot < 0 ? "" : name[dot..];
        if (Inline.TryGetValue(extension, out var inline)) return (inline, false);
        return (Download.TryGetValue(extension, out var download) ? download : "application/octet-stream", true);
    }
}
